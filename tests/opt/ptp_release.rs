// PASS: panic-to-pending
// FLAGS: --release
// must fire: release build; both "resumed after" arms become one shared
// `_0 = Poll::<u32>::Pending; return;` block and the assert blocks go.
async fn send(v: u32) -> u32 {
    yield_now().await;
    observe(v);
    v + 1
}
