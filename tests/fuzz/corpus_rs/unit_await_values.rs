// covers: awaits used as statements and as unit values, `let () = ...`-free unit bindings, yield_now bound to a variable
async fn units() {
    let y = yield_now();
    y.await;
    let u = yield_now().await;
    u
}
