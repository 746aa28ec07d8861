// covers: `#[derive(Clone, Copy)]` items in the emitted crate (derive37b): a Copy struct and a Copy enum
// are emitted with the derive (so the coroutine views holding one, and `Option` of one, are Copy as
// rustc requires: E0204 otherwise), their derived `<S as Clone>::clone` stays a free fn with no trait
// of the crate's own (core's Clone: E0053 otherwise); a struct without the derive (holding a Guard)
// is emitted without it, its views not Copy.
#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
#[derive(Clone, Copy)]
enum E { A, B(u32), C { p: P } }
struct Holder { p: P, g: Guard }
fn pick(e: E) -> u32 {
    match e {
        E::A => 1,
        E::B(x) => x,
        E::C { p } => p.a + 10,
    }
}
async fn held(n: u32) -> u32 {
    let p = P { a: n, b: true };
    let e = E::C { p };
    let o = Some(p);
    let h = Holder { p, g: guard(n) };
    yield_now().await;
    let k = match o { Some(q) => q.a, None => 0 };
    pick(e) + p.a + k + h.p.a
}
