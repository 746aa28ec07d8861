// invalid: a reference captured by an async block
async fn f(x: u32) -> u32 {
    let r = &x;
    async { *r }.await //~ ERROR a reference captured by an async block is not supported
}
