// an enum matched before the single await (the shape of a `?` before an await, without `?`): the pass
// fires in part: the awaiting fn keeps its body (a call and a match precede the await), its Returned arm,
// Returned-state write and drop of the callee's future on return go
// PASS: inline-single-await
//@ args: forward 3
enum Cmd { Stop, Go(u32) }
fn pick(n: u32) -> Cmd {
    if n == 0 { Cmd::Stop } else { Cmd::Go(n) }
}
async fn leaf(x: u32) -> u32 {
    yield_now().await;
    x + 1
}
async fn forward(n: u32) -> u32 {
    let s = match pick(n) { Cmd::Go(s) => s, Cmd::Stop => 0 };
    leaf(s).await
}
