// invalid (consts38): an associated const of an impl in a body named without its type
fn f() -> u32 {
    struct S;
    impl S {
        const N: u32 = 3;
        fn get() -> u32 {
            N //~ ERROR [E0425] cannot find value `N` in this scope
        }
    }
    S::get()
}
