// pattern: await-free async fn holding a critical-section guard (drop must still run exactly once)
//@ args: critical_inc 41
async fn critical_inc(v: u32) -> u32 {
    let _cs = guard(0xc5);
    observe(v);
    v + 1
}

async fn user() -> u32 {
    let a = critical_inc(1).await;
    yield_now().await;
    critical_inc(a).await
}
