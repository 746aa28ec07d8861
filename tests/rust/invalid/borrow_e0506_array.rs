// invalid: assigning the whole array while `&mut a[i]` is live (E0506)
async fn f(i: usize) -> u32 {
    let mut a = [1u32, 2, 3];
    let p = &mut a[i];
    yield_now().await;
    a = [0; 3]; //~ ERROR [E0506] cannot assign to `a` because it is borrowed
    *p += 1;
    a[0]
}
