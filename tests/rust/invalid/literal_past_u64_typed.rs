// invalid (hunt30): a literal past u64::MAX typed by its binding's annotation, up to u128::MAX
async fn g() -> usize {
    yield_now().await;
    let x: usize = 340282366920938463463374607431768211455; //~ ERROR literal out of range for `usize`
    x
}
