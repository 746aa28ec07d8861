// PASS: panic-to-pending
// must not fire: debug build keeps the panics (like overflow checks).
async fn send(v: u32) -> u32 {
    yield_now().await;
    observe(v);
    v + 1
}
