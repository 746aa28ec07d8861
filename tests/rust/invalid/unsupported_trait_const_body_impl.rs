// invalid: an impl in a fn body of a top-level trait that has associated consts (consts37)
trait T {
    const N: u32 = 4;
    fn f(&self) -> u32;
}
fn g() -> u32 {
    struct L;
    impl T for L { //~ ERROR not supported
        fn f(&self) -> u32 {
            7
        }
    }
    L.f()
}
