// covers: `#[derive(Clone)]` without Copy on enums (clone39, issue 22): rustc's field-wise body (`match
// *self`: a switch on the discriminant, the arms' first blocks in reverse variant order, every field bound by
// reference, then `<T as Clone>::clone` of each through a reborrow, the aggregate), for unit, tuple and
// struct variants, a one-variant enum (no switch), explicit discriminants (the switch on their values),
// fields of integers, bool, char, Copy items and Clone-only items (structs and enums); the type not Copy (a
// use moves), its clone usable after the original moved; `e.clone()`, `E::clone(&e)`, `Clone::clone(&e)`
// across awaits and in async blocks.
#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
#[derive(Clone)]
struct Q { n: u64, c: char }
#[derive(Clone)]
enum E { A, B(u32, bool), C { x: u8, q: Q }, D(P, i16) }
#[derive(Clone)]
enum One { V(u32, Q) }
#[derive(Clone)]
enum Units { X, Y, Z }
#[derive(Clone)]
enum Discr { Lo = 3, Hi = 9 }
#[derive(Clone)]
enum Outer { In(E), Pair(One, Units), Empty }
fn val(e: E) -> u32 {
    match e {
        E::A => 1,
        E::B(x, b) => x + b as u32,
        E::C { x, q } => x as u32 + q.n as u32 + q.c as u32,
        E::D(p, k) => p.a + k as u32,
    }
}
fn one(o: One) -> u32 {
    match o {
        One::V(n, q) => n + q.n as u32,
    }
}
fn units(u: Units) -> u32 {
    match u {
        Units::X => 10,
        Units::Y => 20,
        Units::Z => 30,
    }
}
//@ args: variants 3
async fn variants(n: u32) -> u32 {
    let b = E::B(n, true);
    let b2 = b.clone();
    let c = E::C { x: 4, q: Q { n: n as u64, c: 'k' } };
    let c2 = E::clone(&c);
    yield_now().await;
    let d = E::D(P { a: n, b: false }, -2);
    let d2: E = Clone::clone(&d);
    let a = E::A;
    let a2 = a.clone();
    val(b) + val(b2) + val(c2) + val(c) + val(d2) + val(d) + val(a2) + val(a)
}
//@ args: shapes 4
async fn shapes(n: u32) -> u32 {
    let o = One::V(n, Q { n: 7, c: 'z' });
    let o2 = o.clone();
    let u = Units::Y;
    let u2 = u.clone();
    let k = Discr::Hi;
    let k2 = k.clone();
    yield_now().await;
    let w = match k2 { Discr::Lo => 1, Discr::Hi => 2 };
    one(o) + one(o2) + units(u) + units(u2) + w + k as u32
}
//@ args: nested 5
async fn nested(n: u32) -> u32 {
    let x = Outer::In(E::B(n, false));
    let y = Outer::Pair(One::V(n, Q { n: 1, c: 'a' }), Units::Z);
    let x2 = x.clone();
    yield_now().await;
    let y2 = y.clone();
    let e = Outer::Empty.clone();
    let s = match x2 { Outer::In(e) => val(e), Outer::Pair(o, u) => one(o) + units(u), Outer::Empty => 0 };
    let t = match y2 { Outer::In(e) => val(e), Outer::Pair(o, u) => one(o) + units(u), Outer::Empty => 0 };
    let r = match e { Outer::Empty => 100, _ => 0 };
    s + t + r + match x { Outer::In(e) => val(e), _ => 0 } + match y { Outer::Pair(o, _) => one(o), _ => 0 }
}
//@ args: blocks 6
async fn blocks(n: u32) -> u32 {
    let e = E::C { x: 2, q: Q { n: n as u64, c: 'b' } };
    let f = async { yield_now().await; val(e.clone()) };
    let g = f.await;
    let h = async move { let k = e.clone(); yield_now().await; val(k) + val(e) };
    g + h.await
}
