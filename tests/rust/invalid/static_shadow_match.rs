// invalid (consts35): see the marked line
static A: u32 = 5;
fn f(x: u32) -> u32 {
    match x {
        A => 1, //~ ERROR match bindings cannot shadow statics
        _ => 0,
    }
}
