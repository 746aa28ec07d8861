// invalid: `.await` in a sync fn item nested in an async fn (E0728, items29)
async fn outer() -> u32 {
    fn inner() -> u32 {
        yield_now().await; //~ ERROR `await` is only allowed inside `async` functions and blocks
        1
    }
    inner()
}
