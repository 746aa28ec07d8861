// invalid: k reborrows r's loan and is used after the write, although r is assigned again (E0506)
async fn g(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut b = [4u32, 5];
    let mut r = &mut a[0];
    if c {
        let k = &mut *r;
        a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
        *k += 1;
        r = &mut b[0];
    }
    *r += 1;
    yield_now().await;
    b[0]
}
