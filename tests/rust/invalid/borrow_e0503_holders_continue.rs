// invalid: the branch ending in `continue` reads `a[2]` while r holds `&mut a[0]`; r is used
// after the loop (E0503)
async fn g(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let mut i = 0u32;
    let mut s = 0u32;
    loop {
        i += 1;
        if i < n {
            s += a[2]; //~ ERROR [E0503] cannot use `a[_]` because it was mutably borrowed
            continue;
        }
        break;
    }
    *r += 1;
    yield_now().await;
    s
}
