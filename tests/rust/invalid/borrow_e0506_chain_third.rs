// invalid: a chain of reborrows `let rI = &mut *rJ;` (loan28); `*r1` is assigned while the 3rd
// reborrow, r3, still carries the loan of `*r1` that r2 took (E0506)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let r0 = &mut v;
    let r1 = &mut *r0;
    *r1 += 1;
    let r2 = &mut *r1;
    *r2 += 1;
    let r3 = &mut *r2;
    *r3 += 1;
    *r1 = 5; //~ ERROR [E0506] cannot assign to `*r1` because it is borrowed
    let r4 = &mut *r3;
    *r4 += 1;
    yield_now().await;
    *r4 += 1;
    v
}
