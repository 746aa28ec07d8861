// invalid (consts37): an impl's const of another type than its declaration's (E0326)
trait Tr {
    const K: u32;
}
struct S;
impl Tr for S {
    const K: u8 = 2; //~ ERROR [E0326] implemented const `K` has an incompatible type for trait
}
fn f() -> u8 {
    S::K
}
