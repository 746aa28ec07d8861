// invalid (consts35): one associated const name in two impls of a type (E0592)
struct S;
impl S {
    const A: u32 = 1; //~ ERROR duplicate definitions with name `A`
}
impl S {
    const A: u32 = 2;
}
fn f() -> u32 {
    S::A
}
