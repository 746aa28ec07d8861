// invalid: calling an async fn with too few arguments
async fn g(x: u32, y: u32) -> u32 { x + y }
async fn f() -> u32 {
    g(1).await //~ ERROR this function takes 2 arguments but 1 argument was supplied
}
