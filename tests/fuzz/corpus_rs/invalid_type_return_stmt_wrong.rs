// invalid: `return` of a u16 in an async fn returning u8
async fn f() -> u8 {
    yield_now().await;
    return 300u16; //~ ERROR mismatched types
}
