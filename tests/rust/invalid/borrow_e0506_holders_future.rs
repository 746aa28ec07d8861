// invalid: the future still holds `&v` on the path that does not replace it (E0506)
async fn read(r: &u32) -> u32 {
    yield_now().await;
    *r
}
async fn g(c: bool) -> u32 {
    let mut v = 1u32;
    let w = 2u32;
    let mut fut = read(&v);
    if c {
        v = 3; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    } else {
        fut = read(&w);
    }
    fut.await
}
