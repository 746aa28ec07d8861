// invalid: the loan flows into a future on a returning branch; the future, live to its await,
// keeps it in scope (E0506)
async fn read(r: &mut u32) -> u32 { *r += 1; *r }
async fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut fut = read(&mut b);
    let mut p = &mut a[0];
    if c { fut = read(p); return fut.await; }
    p = &mut b2;
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    let x = fut.await;
    *p += x;
    b
}
