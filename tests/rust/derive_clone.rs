// covers: calls of the derived `clone` (derive38, issue 22) on `#[derive(Clone, Copy)]` structs and enums:
// `s.clone()` (autoref: `_k = &s; <S as Clone>::clone(move _k)`), through a reference (`r.clone()`:
// `&(*r)`), on a field (`w.p.clone()`), `S::clone(&s)` and `Clone::clone(&s)` (the argument reborrowed),
// `E::clone(&e)`; across awaits, in async blocks (`async` capturing by ref, `async move`), the value used
// after its clone; an inherent `clone` preferred to the derived one (rustc's probe). `#[derive(Clone)]`
// without Copy on structs (named, tuple, unit; fields of integers, bool, char, Copy items and Clone
// items): rustc's field-wise body (`<T as Clone>::clone(&(*self).f)` per field, then the aggregate), the
// type not Copy (a use moves), its clone usable after the original moved and the original after its clone.
#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
#[derive(Copy, Clone)]
struct W { p: P, r: u16 }
#[derive(Clone, Copy)]
struct U;
#[derive(Clone, Copy)]
enum E { A, B(u32), C { p: P } }
#[derive(Clone, Copy)]
struct Own { v: u32 }
impl Own {
    fn clone(&self) -> u32 { self.v + 100 }
}
#[derive(Clone)]
struct Q { a: u32, p: P, c: char }
#[derive(Clone)]
struct R { q: Q, x: u8, e: E }
#[derive(Clone)]
struct T(i64, Q, bool);
#[derive(Clone)]
struct V;
fn take(q: Q) -> u32 {
    q.a + q.c as u32
}
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
fn by_ref(r: &P) -> P {
    r.clone()
}
//@ args: method 3
async fn method(n: u32) -> u32 {
    let p = P { a: n, b: true };
    let q = p.clone();
    yield_now().await;
    let r = P::clone(&q);
    let s = Clone::clone(&r);
    let e = E::B(n);
    let f = e.clone();
    sum(p) + sum(q) + sum(r) + sum(s) + match f { E::A => 0, E::B(x) => x, E::C { p } => p.a }
}
//@ args: across 4
async fn across(n: u32) -> u32 {
    let w = W { p: P { a: n, b: false }, r: 7 };
    let p = w.p.clone();
    let w2 = w.clone();
    yield_now().await;
    let u0 = U;
    let u = u0.clone();
    let _v = u.clone();
    let rp = &w2.p;
    let p2 = rp.clone();
    yield_now().await;
    sum(p) + sum(p2) + w2.r as u32 + w.r as u32 + sum(by_ref(&w.p))
}
//@ args: blocks 5
async fn blocks(n: u32) -> u32 {
    let p = P { a: n, b: true };
    let e = E::C { p };
    let b = async { yield_now().await; sum(p.clone()) + pick(E::clone(&e)) };
    let c = async move { let q = p.clone(); yield_now().await; q.a + pick(Clone::clone(&e)) };
    b.await + c.await + sum(p) + pick(e.clone())
}
//@ args: inherent 6
async fn inherent(n: u32) -> u32 {
    let o = Own { v: n };
    let k = o.clone();
    yield_now().await;
    let o2 = Own::clone(&o);
    let o3: Own = Clone::clone(&o);
    k + o2 + o3.v + o.v
}
//@ args: fieldwise 7
async fn fieldwise(n: u32) -> u32 {
    let q = Q { a: n, p: P { a: 1, b: true }, c: 'z' };
    let q2 = q.clone();
    yield_now().await;
    let r = R { q, x: 4, e: E::B(n) };
    let r2 = Clone::clone(&r);
    let t = T(-5, r2.q.clone(), false);
    let t2 = T::clone(&t);
    let v = V;
    let _v2 = v.clone();
    let moved = take(q2);
    yield_now().await;
    moved + r.q.a + t2.1.p.a + t2.0 as u32 + r2.x as u32 + pick(r2.e) + take(t.1)
}
//@ args: fieldwise_blocks 8
async fn fieldwise_blocks(n: u32) -> u32 {
    let q = Q { a: n, p: P { a: 2, b: false }, c: 'q' };
    let b = async { yield_now().await; take(q.clone()) };
    let x = b.await;
    let c = async move { let k = q.clone(); yield_now().await; take(k) + take(q) };
    x + c.await
}
