// invalid (consts38): one associated const defined by two impls of a type of a body
fn f() -> u32 {
    struct S;
    impl S {
        const N: u32 = 3; //~ ERROR [E0592] duplicate definitions with name `N`
    }
    impl S {
        const N: u32 = 4;
    }
    S::N
}
