// an enum holding a Guard alive across the single await: the pass must not fire (the enum is
// dropped after the await, in the awaiting fn)
// PASS: inline-single-await
//@ args: holder 3
enum Msg { Close, Data(Guard, u32) }
fn make(n: u32) -> Msg {
    if n == 0 { Msg::Close } else { Msg::Data(guard(n), n) }
}
async fn leaf(x: u32) -> u32 {
    yield_now().await;
    x + 1
}
async fn holder(n: u32) -> u32 {
    let m = make(n);
    let r = leaf(n).await;
    match m { Msg::Data(_, len) => r + len, Msg::Close => r }
}
