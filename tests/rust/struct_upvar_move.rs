// covers: an `async move` block that moves a whole struct upvar out after an await (`let s = g; s.a`,
// g a struct holding a Guard; issue 22): the block's drop of `g` on its coroutine-drop path is
// unconditional and its drop shim drops the upvar in the unresumed and suspended states, as rustc's
// (its dataflow does not follow a Drop's `drop:` edge); also an Option and an enum upvar, a nested
// struct, the move on one path only, the block never polled, and the struct a parameter
struct S { a: u32, g: Guard }
struct In { x: u8, g: Guard }
struct Out { i: In, h: Guard, n: u32 }
enum E { A, B(S) }
//@ args: whole 3
async fn whole(n: u32) -> u32 {
    let g = S { a: n, g: guard(n) };
    let f = async move { yield_now().await; let s = g; s.a };
    f.await
}
//@ args: direct 4
async fn direct(n: u32) -> u32 {
    let g = S { a: n, g: guard(n) };
    async move { yield_now().await; let s = g; yield_now().await; s.a }.await
}
//@ args: before 5
async fn before(n: u32) -> u32 {
    let g = S { a: n, g: guard(n) };
    let f = async move { let s = g; yield_now().await; s.a };
    yield_now().await;
    f.await
}
//@ args: one_path 6,false
//@ args: one_path 6,true
async fn one_path(n: u32, c: bool) -> u32 {
    let g = S { a: n, g: guard(n) };
    let f = async move { yield_now().await; if c { let s = g; yield_now().await; s.a } else { 1 } };
    f.await
}
//@ args: never_polled 7
async fn never_polled(n: u32) -> u32 {
    let g = S { a: n, g: guard(n) };
    let f = async move { yield_now().await; let s = g; s.a };
    yield_now().await;
    n
}
//@ args: nested 8
async fn nested(n: u32) -> u32 {
    let o = Out { i: In { x: 2, g: guard(n) }, h: guard(9), n };
    let f = async move { yield_now().await; let s = o; yield_now().await; s.n + s.i.x as u32 };
    f.await
}
//@ args: option 9
async fn option(n: u32) -> u32 {
    let o = Some(S { a: n, g: guard(n) });
    let f = async move { yield_now().await; let s = o; match s { Some(p) => p.a, None => 0 } };
    f.await
}
//@ args: user_enum 0
//@ args: user_enum 10
async fn user_enum(n: u32) -> u32 {
    let e = if n == 0 { E::A } else { E::B(S { a: n, g: guard(n) }) };
    let f = async move { yield_now().await; let s = e; match s { E::A => 0, E::B(p) => p.a } };
    f.await
}
async fn param(g: S) -> u32 {
    let f = async move { yield_now().await; let s = g; s.a };
    f.await
}
