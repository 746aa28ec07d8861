// covers: a match, if let or while let on a field of a variable an async block captures (issue 22
// item 4; edition 2021, rustc 1.95 upvar.rs / expr_use_visitor.rs walk_pat): the block captures the
// scrutinee's place `s.e`, not `s` (`_ref__s__e`), by `&` when the arms only read it (a variant
// of an enum of several variants reads its discriminant, a Copy binding copies a field below it),
// by value in `async move`; nested field paths, a tuple-struct field, an integer and a bool field
// with literal patterns, an or-pattern, a literal inside a variant pattern, Option, a while let
// that writes the field (by `&mut`), a match whose every arm is `_` and `let _ = s.e;` (nothing
// captured, nothing built), the place merged into a whole-variable borrow, a disjoint field
// assigned while the block holds the matched one, the field matched again after the block,
// nested blocks, and a field of an async fn's parameter
enum E { X, Y(u32) }
struct In { e: E, k: u32, c: u8 }
struct S { a: u32, e: E, opt: Option<u32>, inner: In, flag: bool }
struct T(E, u32);
fn mk(n: u32) -> S {
    S { a: n, e: if n > 2 { E::Y(n) } else { E::X }, opt: if n > 1 { Some(n) } else { None },
        inner: In { e: if n == 1 { E::Y(7) } else { E::X }, k: n + 1, c: 3 }, flag: n == 2 }
}
//@ args: by_ref 1
//@ args: by_ref 3
async fn by_ref(n: u32) -> u32 {
    let s = mk(n);
    let b = async { yield_now().await; match s.e { E::X => 1, E::Y(k) => k } };
    let r = b.await;
    r + s.a
}
//@ args: by_value 1
//@ args: by_value 4
async fn by_value(n: u32) -> u32 {
    let s = mk(n);
    let b = async move { yield_now().await; match s.e { E::X => s.a, E::Y(k) => k + s.a } };
    yield_now().await;
    b.await + s.inner.k
}
//@ args: if_let 0
//@ args: if_let 5
async fn if_let(n: u32) -> u32 {
    let s = mk(n);
    async { yield_now().await; if let Some(x) = s.opt { x + 1 } else { 0 } }.await
}
//@ args: nested 1
//@ args: nested 2
async fn nested(n: u32) -> u32 {
    let s = mk(n);
    async { yield_now().await; match s.inner.e { E::X => s.inner.k, E::Y(k) => k } }.await
}
//@ args: tuple 2
//@ args: tuple 6
async fn tuple(n: u32) -> u32 {
    let t = T(if n > 3 { E::Y(n) } else { E::X }, n);
    async { match t.0 { E::Y(k) => { yield_now().await; k } E::X => t.1 } }.await
}
//@ args: literals 2
//@ args: literals 3
async fn literals(n: u32) -> u32 {
    let s = mk(n);
    let b = async {
        let x = match s.a { 2 => 10, _ => 20 };
        yield_now().await;
        let y = match s.flag { true => 1, false => 2 };
        let z = match s.inner.c { 3 => 5, 4 => 6, _ => 7 };
        x + y + z
    };
    b.await
}
//@ args: patterns 3
//@ args: patterns 4
//@ args: patterns 0
async fn patterns(n: u32) -> u32 {
    let s = mk(n);
    async {
        yield_now().await;
        let a = match s.e { E::X | E::Y(_) => 3 };
        let b = match s.e { E::Y(3) => 1, E::Y(k) => k, E::X => 0 };
        a + b
    }
    .await
}
//@ args: while_let 2
async fn while_let(n: u32) -> u32 {
    let mut s = mk(n);
    let r = async {
        let mut t = 0;
        while let Some(x) = s.opt {
            t += x;
            s.opt = if x < 5 { Some(x + 1) } else { None };
            yield_now().await;
        }
        t
    }
    .await;
    r + s.a
}
//@ args: unread 3
async fn unread(n: u32) -> u32 {
    let s = mk(n);
    async { yield_now().await; let _ = s.e; let _ = s.inner; match s.opt { _ => s.a } }.await
}
//@ args: merged 3
async fn merged(n: u32) -> u32 {
    let s = mk(n);
    async { yield_now().await; let t = match s.e { E::X => 1, E::Y(k) => k }; let r = &s; t + r.a }.await
}
//@ args: disjoint 3
async fn disjoint(n: u32) -> u32 {
    let mut s = mk(n);
    let b = async { yield_now().await; match s.e { E::X => 0, E::Y(k) => k } };
    s.a = 5;
    s.opt = None;
    let r = b.await;
    s.e = E::X;
    r + s.a + match s.e { E::X => 1, E::Y(k) => k }
}
//@ args: writes 3
async fn writes(n: u32) -> u32 {
    let mut s = mk(n);
    async { yield_now().await; match s.e { E::Y(k) => { s.e = E::X; k } E::X => { s.opt = None; 0 } } }.await
}
//@ args: blocks 3
async fn blocks(n: u32) -> u32 {
    let s = mk(n);
    let outer = async {
        let inner = async { yield_now().await; match s.e { E::X => 1, E::Y(k) => k } };
        inner.await + match s.inner.e { E::X => 2, E::Y(k) => k }
    };
    outer.await
}
async fn param(s: S) -> u32 {
    let b = async { yield_now().await; match s.e { E::X => 1, E::Y(k) => k } };
    b.await + s.a
}
//@ args: calls_param 3
async fn calls_param(n: u32) -> u32 {
    param(mk(n)).await
}
