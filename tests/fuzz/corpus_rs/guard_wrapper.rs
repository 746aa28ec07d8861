// covers: a wrapper whose guard must be dropped after the await (blocks inline-single-await)
//@ args: inner 4
//@ args: wrap 4
async fn inner(x: u32) -> u32 { yield_now().await; x }

async fn wrap(x: u32) -> u32 {
    let _g = guard(99);
    inner(x).await
}

async fn wrap_before(x: u32) -> u32 {
    {
        let _g = guard(98);
    }
    inner(x).await
}
