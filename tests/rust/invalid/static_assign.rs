// invalid (consts35): see the marked line
static A: u32 = 5;
fn f() -> u32 {
    A = 3; //~ ERROR cannot assign to immutable static item `A`
    0
}
