// covers: a subset struct with drop glue held across an await (rustc 1.95's needs_async_drop gives its
// drop a coroutine-drop edge): a tail temporary after it, and the struct moved whole by `let k = p;`
struct P { x: u32, g: Guard }
//@ args: tail 1
async fn tail(i: usize) -> u32 {
    let p = P { x: 1, g: guard(1) };
    yield_now().await;
    let z = [1u32, 2];
    z[i]
}
//@ args: moved 2
async fn moved(n: u32) -> u32 {
    let p = P { x: n, g: guard(n) };
    yield_now().await;
    let k = p;
    n
}
