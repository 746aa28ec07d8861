// covers: async fns returning () explicitly and implicitly, `()` type and literal
async fn explicit() -> () {
    yield_now().await;
    ()
}

async fn implicit() {
    yield_now().await;
}

async fn user() {
    let u: () = explicit().await;
    implicit().await;
    u
}
