// invalid: at the end of a chain of reborrows (loan28), `v` is assigned while the last
// reborrow, used after it, still carries the first loan of `v` (E0506)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let r0 = &mut v;
    let r1 = &mut *r0;
    *r1 += 1;
    let r2 = &mut *r1;
    *r2 += 1;
    let r3 = &mut *r2;
    *r3 += 1;
    v = 7; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    yield_now().await;
    *r3 += 1;
    v
}
