// covers: references: `&x` / `&mut x` locals held across awaits, `&T` / `&mut T` parameters of async fns, derefs (read, write, op-assign), reborrows at call arguments
async fn read(r: &u32) -> u32 {
    yield_now().await;
    *r + 1
}
async fn bump(r: &mut u32) {
    *r = *r + 1;
    yield_now().await;
    *r += 2;
}
async fn held(x: u32) -> u32 {
    let mut a = x;
    let r = &mut a;
    yield_now().await;
    *r = 5;
    let b = &a;
    yield_now().await;
    observe(*b);
    read(&a).await + read(b).await
}
