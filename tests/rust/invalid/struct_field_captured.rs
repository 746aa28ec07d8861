// invalid: edition 2021 captures the place `p.a` (not modelled)
struct P { a: u32 }
async fn f() -> u32 {
    let p = P { a: 1 };
    async { p.a }.await //~ ERROR a field of a variable captured by an async block is not supported
}
