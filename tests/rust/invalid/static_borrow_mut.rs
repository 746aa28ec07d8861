// invalid (consts35): see the marked line
static A: u32 = 5;
fn f() -> u32 {
    let r = &mut A; //~ ERROR cannot borrow immutable static item `A` as mutable
    *r
}
