// invalid: as scope_return in an async fn, q awaited on each path (E0506)
async fn read(r: &mut u32) -> u32 { *r += 1; *r }
async fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; read(q).await; return 1; }
    p = &mut b2;
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    yield_now().await;
    read(q).await;
    read(p).await;
    b
}
