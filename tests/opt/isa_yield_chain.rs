// PASS: inline-single-await
// must fire (form B on `leaf` and `mid`, not on `observed`): `leaf` awaits YieldNow
// with a pure postamble; inlined, it no longer panics on a poll after completion but
// forwards that poll to YieldNow, which answers Ready again. `mid`'s postamble
// (`& 255`, no check) is pure, so it may forward that poll to `leaf` in turn (form B
// for any future type); `observed` calls observe() after its await, which would run
// again: it stays (before issue 24 item 5 it was inlined, `leaf` then panicking).
//@ args: top 2
async fn leaf(x: u32) -> u32 { yield_now().await; x }

async fn mid(x: u32) -> u32 { leaf(x).await & 255 }

async fn observed(x: u32) -> u32 {
    let r = leaf(x).await;
    observe(r);
    r
}

async fn top(x: u32) -> u32 {
    let a = mid(x).await;
    let b = observed(a).await;
    a + b
}
