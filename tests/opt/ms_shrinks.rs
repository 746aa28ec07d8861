// PASS: merge-states
// must fire, and the future shrinks (28 -> 24 bytes): the guard was promoted to the
// prefix because two Suspend states held it; after the merge one does, it moves into
// that variant and the prefix shrinks. `holder`, which holds shrink's future, is
// laid out again (32 -> 28).
//@ args: holder true
//@ args: holder false
async fn big(x: u32) -> u32 {
    let a = x + 1;
    let b = x + 2;
    let c = x + 3;
    yield_now().await;
    a + b + c
}
async fn small(x: u8) -> u8 { yield_now().await; x }
async fn shrink(c: bool) -> u8 {
    big(1).await;
    let _g = guard(7);
    if c { small(1).await } else { small(2).await }
}
async fn holder(c: bool) -> u8 { let x = shrink(c).await; x + 1 }
