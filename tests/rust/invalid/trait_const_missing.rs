// invalid (consts37): a trait impl that does not define a const without a default (E0046)
trait Tr {
    const K: u32;
    const D: u32 = 1;
}
struct S;
impl Tr for S {} //~ ERROR [E0046] not all trait items implemented, missing: `K`
fn f() -> u32 {
    S::D
}
