// invalid (consts37): an impl's const its trait does not declare (E0438)
trait Tr {
    const K: u32;
}
struct S;
impl Tr for S {
    const K: u32 = 2;
    const X: u32 = 1; //~ ERROR [E0438] const `X` is not a member of trait `Tr`
}
fn f() -> u32 {
    S::K
}
