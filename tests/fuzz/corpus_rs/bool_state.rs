// covers: bool locals and params live across awaits, bool returns
//@ args: toggle true
async fn toggle(b: bool) -> bool {
    let mut s = b;
    yield_now().await;
    s = !s;
    yield_now().await;
    s ^ b
}
