// covers: `#[derive(Clone, Copy)]` on struct items (named, tuple, unit) and enum items (derive37, issue
// 22): the type is Copy, so a use copies (`copy _1`, no drop, no E0382) wherever the frontend decides
// move or copy: a second use after a `let`, fn arguments, a capture into an async block (by ref, or
// copied in `async move`), match scrutinees and bindings, a value held across an await, a field of a
// Copy type inside another Copy type, `Option` of a Copy item, arrays of one. Derives in either order,
// in one attribute or two (Copy's first: rustc's clone is `*self` then). The derived `clone` bodies are rustc's
// `*self` (`_0 = copy (*_1)`).
#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
#[derive(Copy, Clone)]
struct T(u8, char);
#[derive(Copy)]
#[derive(Clone)]
struct W { p: P, t: T, r: u16 }
#[derive(Clone, Copy)]
struct U;
#[derive(Clone, Copy)]
enum E { A, B(u32), C { p: P } }
#[derive(Copy, Clone,)]
enum Mode { Off, On }
struct Holder { w: W, g: Guard }
fn sum(p: P) -> u32 {
    p.a + p.b as u32
}
fn pick(e: E) -> u32 {
    match e {
        E::A => 1,
        E::B(x) => x,
        E::C { p } => p.a + 10,
    }
}
//@ args: twice 3
async fn twice(n: u32) -> u32 {
    let p = P { a: n, b: true };
    let q = p;
    yield_now().await;
    sum(p) + sum(q) + p.a
}
//@ args: tuple_and_nested 4
async fn tuple_and_nested(n: u32) -> u32 {
    let t = T(n as u8, 'x');
    let w = W { p: P { a: n, b: false }, t, r: 9 };
    let v = w;
    yield_now().await;
    let u = U;
    let _u2 = u;
    let _u3 = u;
    w.p.a + v.t.0 as u32 + t.1 as u32 + w.r as u32
}
//@ args: capture_ref 5
async fn capture_ref(n: u32) -> u32 {
    let p = P { a: n, b: true };
    let b = async { yield_now().await; sum(p) };
    let r = b.await;
    r + p.a
}
//@ args: capture_move 6
async fn capture_move(n: u32) -> u32 {
    let p = P { a: n, b: false };
    let b = async move { yield_now().await; p.a + 1 };
    let c = async move { sum(p) };
    b.await + c.await + p.a
}
//@ args: enum_matches 7
async fn enum_matches(n: u32) -> u32 {
    let e = if n > 3 { E::B(n) } else { E::C { p: P { a: n, b: true } } };
    let f = e;
    yield_now().await;
    let k = match e {
        E::A => 0,
        E::B(x) => x,
        E::C { p } => sum(p),
    };
    k + pick(e) + pick(f) + pick(E::A)
}
//@ args: held_across 8
async fn held_across(n: u32) -> u32 {
    let m = if n % 2 == 0 { Mode::On } else { Mode::Off };
    let e = E::C { p: P { a: n, b: false } };
    yield_now().await;
    let x = e;
    yield_now().await;
    let on = match m { Mode::On => 1, Mode::Off => 2 };
    on + pick(x) + pick(e) + match m { Mode::On => 3, Mode::Off => 4 }
}
//@ args: in_holder 9
async fn in_holder(n: u32) -> u32 {
    let h = Holder { w: W { p: P { a: n, b: true }, t: T(1, 'a'), r: 2 }, g: guard(n) };
    let w = h.w;
    let w2 = h.w;
    yield_now().await;
    let Holder { w: w3, g } = h;
    let _g = g;
    w.p.a + w2.r as u32 + w3.t.0 as u32
}
//@ args: options_arrays 10
async fn options_arrays(n: u32) -> u32 {
    let o = Some(P { a: n, b: false });
    let o2 = o;
    let arr = [T(1, 'b'), T(2, 'c')];
    let arr2 = arr;
    yield_now().await;
    let a = match o { Some(p) => p.a, None => 0 };
    let b = if let Some(p) = o2 { sum(p) } else { 0 };
    a + b + arr[0].0 as u32 + arr2[1].0 as u32 + arr[1].0 as u32
}
