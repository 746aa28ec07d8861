// invalid: the branch keeps the first loan live (r is not reassigned on it) (E0499)
async fn f(c: bool) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    if c {
        let q = &mut a[1]; //~ ERROR [E0499] cannot borrow `a[_]` as mutable more than once at a time
        *q += 1;
    }
    *r += 1;
    yield_now().await;
    a[0]
}
