// invalid: a nested async fn item awaiting itself (E0733, items29)
async fn outer() -> u32 {
    async fn again(n: u32) -> u32 { //~ ERROR recursion in an async fn requires boxing
        if n == 0 { 0 } else { again(n - 1).await }
    }
    again(3).await
}
