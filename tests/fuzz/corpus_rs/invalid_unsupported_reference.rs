// invalid: references `&x`
fn f(x: u32) -> u32 {
    let r = &x; //~ ERROR not supported
    x
}
