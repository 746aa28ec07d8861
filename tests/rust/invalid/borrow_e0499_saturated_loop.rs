// invalid: loans saturated by the accesses of one iteration (their holders assigned again in it)
// are scanned again after the loop, where one is kept to its use (E0499)
fn seen(x: u32) -> u32 { x }
async fn f(x: u32) -> u32 {
    let mut a = 0u32;
    let mut b = 0u32;
    let mut p = &mut b;
    let mut k = 0u32;
    while k < x {
        let q = &mut a;
        *q += 1;
        p = &mut b;
        k += 1;
    }
    p = &mut a;
    let w = &mut a; //~ ERROR [E0499] cannot borrow `a` as mutable more than once at a time
    *w += 1;
    yield_now().await;
    *p += 1;
    seen(a + b)
}
