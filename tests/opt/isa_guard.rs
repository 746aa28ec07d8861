// PASS: inline-single-await
// must not fire: the guard lives across the await and is dropped after it;
// forwarding to inner would have to move that drop (observable: it calls observe).
//@ args: wrap 4
async fn inner(x: u32) -> u32 { yield_now().await; x }

async fn wrap(x: u32) -> u32 {
    let _g = guard(99);
    inner(x).await
}
