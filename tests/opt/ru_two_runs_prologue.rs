// PASS: relocate-upvars,relocate-upvars-pack
//@ args: task12 -3,1036
// Two runs that relocate: relocate-upvars relocates the async block's p0 (read before its first await),
// relocate-upvars-pack would then save p1 (used after awaits) and pack p0 and p1's saved copy at one
// offset. Its prologue goes before the first run's, so its write of the copy came before the first
// prologue's read of p0 (check FAILED: the if-branch taken at p0 = -3). Since the fix the second run
// saves no upvar after an earlier run relocated one (found by a generated program).
async fn bind3(p0: i8, p1: usize) -> u64 {
    yield_now().await;
    (p0 as u64) + (p1 as u64)
}

async fn task12(p0: i16, p1: usize) -> i8 {
    let fut6 = async {
        if (p0 % ((p0 & 7) + 1)) > (-3) {
            let _g7 = guard((-2244i64) as u32);
            let mut v8 = (!8_709i64) >> (((-1803isize) as i64) & 7);
        } else {
            yield_now().await;
            yield_now().await;
        }
        let _ = guard(954u32 * 2);
        let mut v9: u64 = bind3(!3, p1 & p1).await;
        yield_now().await;
        (6usize / 2) as u16
    };
    let r10 = fut6.await;
    observe(0u32 * 1789u32);
    3
}
