// covers: an enum with drop glue (Option<Guard>, a user enum, an array of them) held across an await
// and then moved whole by `let k = g;` (issue 22): the later `drop(k)`'s coroutine dropline joins
// the await's, and rustc's dataflow does not follow a Drop's `drop:` edge, so the await's
// coroutine-drop path drops `g` unconditionally; a flag stays where `g` is moved before an await
enum E { A, B(Guard) }
//@ args: moved_let 3
async fn moved_let(n: u32) -> u32 {
    let g = Some(guard(n));
    yield_now().await;
    let k = g;
    n
}
//@ args: user_enum 0
//@ args: user_enum 4
async fn user_enum(n: u32) -> u32 {
    let g = if n == 0 { E::A } else { E::B(guard(n)) };
    yield_now().await;
    let k = g;
    observe(n);
    n + 1
}
//@ args: in_array 5
async fn in_array(n: u32) -> u32 {
    let g = [Some(guard(n)), None];
    yield_now().await;
    let k = g;
    n
}
//@ args: moved_then_await 2
async fn moved_then_await(n: u32) -> u32 {
    let g = Some(guard(n));
    yield_now().await;
    let k = g;
    yield_now().await;
    n
}
//@ args: moved_one_arm 0
//@ args: moved_one_arm 1
async fn moved_one_arm(n: u32) -> u32 {
    let g = Some(guard(n));
    if n == 0 {
        let k = g;
    }
    yield_now().await;
    n
}
