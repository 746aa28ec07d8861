// covers: release + panic=abort: a Guard (drop glue) held across an await, an async block capturing
// a local by reference (an upvar `&u32`), signed constants, a cast, division by a runtime divisor
//@ emit: --release --panic=abort
async fn leaf(x: i16) -> i16 {
    yield_now().await;
    x - 7
}

async fn outer(n: u32, d: u32) -> u32 {
    let _g = guard(n);
    let v = leaf(-3).await;
    let r = async {
        yield_now().await;
        n / d
    };
    let q = r.await;
    q + v as u32
}
