// covers: one-variant enums (issue 22 item 4), laid out by rustc as a struct (layout_of_struct,
// Variants::Single: no tag, no discriminant line in -Zprint-type-sizes): tuple, struct and unit
// variants, a Guard payload held across awaits and moved out by a match binding (partial move,
// drop elaboration of the rest), a niche kept for Option and Poll, a ZST held across an await
// (saved: rustc's liveness counts the match's PlaceMention as a use), as a struct field, an enum
// payload and an async fn's parameter and return value, captured whole by `async move` and awaited.
// The match is irrefutable: no discriminant is read, only the bindings are made.
enum Wrap { W(u32, Guard) }
enum Cfg { C { on: bool, n: u8 } }
enum Token { T }
struct Holder { id: u8, w: Wrap }
enum Slot { Full(Cfg), Empty }
fn wrap(n: u32) -> Wrap { Wrap::W(n, guard(n + 10)) }
//@ args: held 4
async fn held(n: u32) -> u32 {
    let w = wrap(n);
    yield_now().await;
    match w { Wrap::W(x, _) => x + 1 }
}
//@ args: move_out 3
async fn move_out(n: u32) -> u32 {
    let w = Wrap::W(n, guard(n));
    yield_now().await;
    let r = match w { Wrap::W(x, g) => { yield_now().await; observe(x); x } };
    yield_now().await;
    r
}
//@ args: unit 2
async fn unit(n: u32) -> u32 {
    let t = Token::T;
    yield_now().await;
    match t { Token::T => n * 2 }
}
//@ args: niche 1
//@ args: niche 0
async fn niche(n: u32) -> u8 {
    let o = if n == 1 { Some(Cfg::C { on: true, n: 7 }) } else { None };
    yield_now().await;
    match o { Some(c) => match c { Cfg::C { on, n } => if on { n } else { 1 } }, None => 0 }
}
async fn make_cfg(n: u8) -> Cfg {
    yield_now().await;
    Cfg::C { on: n > 2, n }
}
//@ args: polled 5
async fn polled(n: u8) -> u8 {
    let c = make_cfg(n).await;
    match c { Cfg::C { on: _, n } => n }
}
//@ args: field 6
async fn field(n: u32) -> u32 {
    let h = Holder { id: 2, w: wrap(n) };
    let s = Slot::Full(Cfg::C { on: false, n: 1 });
    yield_now().await;
    let k = match s { Slot::Full(c) => match c { Cfg::C { n, .. } => n as u32 }, Slot::Empty => 9 };
    h.id as u32 + k
}
async fn take(w: Wrap) -> u32 {
    yield_now().await;
    match w { Wrap::W(x, _) => x }
}
//@ args: param 8
async fn param(n: u32) -> u32 {
    let w = wrap(n);
    let fut = async move { yield_now().await; take(w).await };
    fut.await
}
