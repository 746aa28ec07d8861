// invalid (consts35): an associated const the impl does not define
struct S {
    a: u32,
}
impl S {
    const N: u32 = 3;
}
fn f() -> u32 {
    S::X //~ ERROR no associated item named `X` found for struct `S` in the current scope
}
