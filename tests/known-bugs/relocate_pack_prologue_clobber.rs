// KNOWN BUG, not fixed (found 2026-12-06 by a generated program, gen --seed 2 program 423 of an
// intermediate generator): `coroslim check FILE --entry task12 --passes=inline-single-await,relocate-upvars,relocate-upvars-pack`
// reports FAILED (first event `observe 4294965052`, the if-branch's guard, where the unoptimised program
// yields: p0 = -3 takes the else branch). The packed layout of task12's async block puts the relocated
// upvar p0 (&i16) at offset 8 and the saved copy of the relocated upvar p1 (_s4: &usize) at offset 8 too;
// the first poll's prologue writes p1's copy before it reads p0, so p0 is clobbered. DESIGN.md,
// relocate-upvars: Known bug. Not run by any test target.
//@ args: task12 -3,1036
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
