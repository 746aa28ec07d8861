// invalid: `&mut a[i]` and `&mut a[j]` overlap, whatever i and j (rustc's place_conflict) (E0499)
async fn f(i: usize, j: usize) -> u32 {
    let mut a = [1u32, 2, 3];
    let p = &mut a[i];
    let q = &mut a[j]; //~ ERROR [E0499] cannot borrow `a[_]` as mutable more than once at a time
    yield_now().await;
    *p += 1;
    *q += 1;
    a[0]
}
