// invalid (consts37): `<S as Tr>::X` where Tr has no X (E0576)
trait Tr {
    const K: u32 = 3;
}
struct S;
impl Tr for S {}
fn f() -> u32 {
    <S as Tr>::X //~ ERROR [E0576] cannot find method or associated constant `X` in trait `Tr`
}
