// PASS: panic-to-pending
// FLAGS: --release --panic=abort
// must fire on the completion arm only: under panic=abort rustc already
// omits the Panicked arm and the poison block (#69814); nothing is credited there.
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}
