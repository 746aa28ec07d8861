// invalid (consts37): `<S as Tr>::K` of a type without an impl of the trait (E0277)
trait Tr {
    const K: u32 = 3;
}
struct S;
struct Q;
impl Tr for Q {}
fn f() -> u32 {
    <S as Tr>::K //~ ERROR [E0277] the trait bound `S: Tr` is not satisfied
}
