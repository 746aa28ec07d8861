// invalid: awaiting an integer
async fn f() -> u32 {
    let x = 5u32.await; //~ ERROR is not a future
    x
}
