// invalid: the branch ending in `break` writes `a[1]` while r still holds `&mut a[0]` (E0506)
async fn g(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let mut i = 0u32;
    while i < n {
        if i == 2 {
            a[1] = 9; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
            break;
        }
        r = &mut a[2];
        i += 1;
    }
    *r += 1;
    yield_now().await;
    a[1]
}
