// invalid (consts35): see the marked line
static A: u32 = 5;
async fn f(x: u32) -> u32 {
    A += x; //~ ERROR cannot assign to immutable static item `A`
    0
}
