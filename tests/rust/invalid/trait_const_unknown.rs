// invalid (consts37): `S::X` where neither S's impls nor its traits have an X (E0599)
trait Tr {
    const K: u32 = 3;
}
struct S;
impl Tr for S {}
fn f() -> u32 {
    S::X //~ ERROR [E0599] no associated item named `X` found for struct `S` in the current scope
}
