// invalid (consts38): an associated const an impl in a body does not define
fn f() -> u32 {
    struct S;
    impl S {
        const N: u32 = 3;
    }
    S::N + S::X //~ ERROR [E0599] no associated item named `X` found for struct `S` in the current scope
}
