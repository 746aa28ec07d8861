// invalid (consts38): a type of another block's associated const
fn f() -> u32 {
    {
        struct S;
        impl S {
            const N: u32 = 3;
        }
    }
    S::N //~ ERROR [E0433] cannot find type `S` in this scope
}
