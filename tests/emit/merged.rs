// covers: the module after the whole pipeline (--passes=all, release): merged states, an inlined
// single-await wrapper, panic-to-pending's Pending arms
//@ emit: --release --passes=all
async fn send(v: u8) -> u8 {
    yield_now().await;
    v
}

async fn wrap(v: u8) -> u8 {
    send(v).await
}

async fn dispatch(c: u8) -> u8 {
    match c {
        0 => wrap(1).await,
        1 => wrap(2).await,
        _ => wrap(3).await,
    }
}
