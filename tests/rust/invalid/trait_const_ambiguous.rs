// invalid (consts37): `S::K` with two traits of S declaring K (E0034)
trait A {
    const K: u32;
}
trait B {
    const K: u32 = 2;
}
struct S;
impl A for S {
    const K: u32 = 1;
}
impl B for S {}
fn f() -> u32 {
    S::K //~ ERROR [E0034] multiple applicable items in scope
}
