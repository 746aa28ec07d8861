// invalid (consts38): an associated const of an impl in a body whose evaluation overflows
fn f() -> u8 {
    struct S;
    impl S {
        const N: u8 = 200;
        const M: u8 = Self::N + 100; //~ ERROR attempt to compute `200_u8 + 100_u8`, which would overflow
    }
    S::M
}
