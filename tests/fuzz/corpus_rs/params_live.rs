// covers: parameters live across awaits (stored twice: upvar and local), unused params, params used only before the await
//@ args: live 1,2,3
//@ args: dead 5,6
async fn live(a: u32, b: u64, c: u8) -> u64 {
    yield_now().await;
    (a as u64) + b + (c as u64)
}

async fn dead(a: u32, b: u32) -> u32 {
    let s = a + b;
    yield_now().await;
    s
}

async fn unused(a: u64, b: bool) {
    yield_now().await;
}
