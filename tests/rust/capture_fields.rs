// covers: edition 2021 field captures of async blocks (RFC 2229; rustc 1.95 upvar.rs): a block
// captures the place `s.a`, not `s` (upvar `_ref__s__a` in -Zprint-type-sizes): Copy fields read
// by `&`, written or `&mut`-borrowed by `&mut`, a Guard field moved by value (the struct then
// partially moved, the rest dropped at its end), `async move` copying a Copy field (the struct
// still usable), min captures merging a field with its ancestor (`s.inner.a` then `s.inner`, then
// the whole `s`), nested struct and tuple-struct paths, the order (by variable, then by field
// index), an index truncating the place (`s.arr[i]` captures `s.arr`), nested blocks (the outer
// captures what the inner captured), and a disjoint field assigned while the block holds another.
struct In { a: u32, b: u8 }
struct S { a: u32, g: Guard, b: u8, inner: In, arr: [u32; 3] }
struct T(u8, u32);
fn make(n: u32) -> S { S { a: n, g: guard(n), b: 3, inner: In { a: n + 1, b: 4 }, arr: [n, 2, 3] } }
//@ args: reads 1
async fn reads(n: u32) -> u32 {
    let s = make(n);
    let fut = async { yield_now().await; s.b as u32 + s.a + s.inner.a };
    fut.await
}
//@ args: copies 2
async fn copies(n: u32) -> u32 {
    let s = make(n);
    let fut = async move { yield_now().await; s.a + s.inner.b as u32 };
    let r = fut.await;
    r + s.a
}
//@ args: writes 3
async fn writes(n: u32) -> u32 {
    let mut s = make(n);
    let fut = async { yield_now().await; s.inner.b = 9; s.b += 1; let r = &mut s.a; *r += 2; s.inner.a };
    let r = fut.await;
    r + s.a + s.b as u32 + s.inner.b as u32
}
//@ args: moves 4
async fn moves(n: u32) -> u32 {
    let s = make(n);
    let fut = async { yield_now().await; let g = s.g; observe(s.a); s.b as u32 };
    let r = fut.await;
    r + s.a + s.inner.a
}
//@ args: moved_in 5
async fn moved_in(n: u32) -> u32 {
    let s = make(n);
    let fut = async move { let g = s.g; yield_now().await; s.a };
    yield_now().await;
    let r = fut.await;
    r + s.inner.a
}
//@ args: merges 6
async fn merges(n: u32) -> u32 {
    let s = make(n);
    let t = T(1, n);
    let fut = async { yield_now().await; let x = s.inner.a; let i = &s.inner; x + i.b as u32 + t.1 };
    let whole = async { let y = s.inner.b; yield_now().await; let w = &s; y as u32 + w.a };
    fut.await + whole.await
}
//@ args: indexes 7
async fn indexes(n: u32) -> u32 {
    let mut s = make(n);
    let i = 1;
    let fut = async { yield_now().await; s.arr[i] = s.a; s.arr[0] + s.arr[1] };
    fut.await
}
//@ args: nested 8
async fn nested(n: u32) -> u32 {
    let s = make(n);
    let outer = async {
        let inner = async { yield_now().await; s.inner.a + s.a };
        inner.await + s.b as u32
    };
    outer.await
}
//@ args: disjoint 9
async fn disjoint(n: u32) -> u32 {
    let mut s = make(n);
    let fut = async { yield_now().await; s.a + 1 };
    s.b = 7;
    s.inner.a = 1;
    let r = fut.await;
    r + s.b as u32 + s.inner.a
}
