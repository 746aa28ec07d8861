// pattern: GATT server event loop: a loop around a match whose arms each await a notify/respond future
//@ args: notify 1,2
//@ args: respond 1
//@ args: serve 4
async fn next_event() -> u8 { yield_now().await; 1 }
async fn notify(handle: u16, val: u32) { yield_now().await; observe(val); }
async fn respond(status: u8) { yield_now().await; observe(status as u32); }

async fn serve(max: u32) -> u32 {
    let mut handled = 0u32;
    while handled < max {
        let ev = next_event().await;
        match ev {
            0 => notify(0x0010, handled).await,
            1 => notify(0x0012, handled * 2).await,
            2 => respond(0).await,
            _ => respond(6).await,
        }
        handled += 1;
    }
    handled
}
