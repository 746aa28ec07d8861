// invalid: moving a Guard out while a future holds a borrow of it (E0505)
async fn keep(g: &Guard) -> u32 {
    yield_now().await;
    1
}
async fn f() -> u32 {
    let g = guard(1);
    let fut = keep(&g);
    let h = g; //~ ERROR [E0505] cannot move out of `g` because it is borrowed
    fut.await
}
