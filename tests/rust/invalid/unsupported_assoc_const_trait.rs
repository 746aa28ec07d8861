// invalid: associated consts of a trait in a fn body (consts37 admits those of top-level traits)
struct S;
fn g() -> u32 {
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
    S.f()
}
