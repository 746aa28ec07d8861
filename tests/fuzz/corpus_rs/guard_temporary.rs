// covers: guard values that are dropped immediately (`let _ = ...`, expression statement), guard moved into another binding
async fn temps() {
    let _ = guard(1);
    guard(2);
    let g = guard(3);
    yield_now().await;
    let h = g;
    yield_now().await;
    observe(4);
}
