// invalid: `a[0]` overlaps `a[1]` (every index overlaps every index), which r holds (E0506)
async fn loop_reassign(n: u32) -> u32 {
    let mut a = [1u32, 2, 3];
    let mut r = &mut a[0];
    let mut i = 0u32;
    while i < n {
        r = &mut a[1];
        a[0] = 4; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
        i += 1;
    }
    *r += 1;
    yield_now().await;
    a[0]
}
