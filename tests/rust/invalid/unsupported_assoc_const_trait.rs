// invalid: associated consts of traits (consts35 admits those of inherent impls at the top level)
struct S;
trait T {
    const N: u32; //~ ERROR not supported
    fn f(&self) -> u32;
}
impl T for S {
    const N: u32 = 3;
    fn f(&self) -> u32 {
        Self::N
    }
}
