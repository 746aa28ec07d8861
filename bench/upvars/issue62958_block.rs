// covers: rust-lang/rust#62958's shape in an async block (issue 26 item 1): a spawned-task body
// `async move { ..await; use(arg) }` reads its captures after an await, so rustc keeps them in
// the prefix, alive in every state, also beside the futures awaited after their last use (four
// u64 stand in for `[u8; 8192]`). task_once reads them after its first await only; task_twice
// after its first and its second (rustc's algorithm would promote the local they move into).
//@ args: task_once 1,2,3,4
//@ args: task_twice 1,2,3,4
async fn step() -> u64 {
    let a = 1u64;
    let b = 2u64;
    let c = 3u64;
    let d = 4u64;
    yield_now().await;
    a + b + c + d
}

async fn task_once(a: u64, b: u64, c: u64, d: u64) -> u64 {
    let task = async move {
        yield_now().await;
        let s = a + b + c + d;
        s + step().await
    };
    task.await
}

async fn task_twice(a: u64, b: u64, c: u64, d: u64) -> u64 {
    let task = async move {
        yield_now().await;
        observe(a as u32);
        yield_now().await;
        let s = a + b + c + d;
        s + step().await
    };
    task.await
}
