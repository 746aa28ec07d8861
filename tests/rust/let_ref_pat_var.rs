// covers (bc36): `let &E::A(v) = re;` with E a one-variant enum and re a `&E` variable, `let &&E::A(v) =
// rr;`, `let &mut E::A(v) = rm;`, a struct-like variant, `match *re` with a literal test, a struct holding
// the enum: Copy bindings under `&` copy their field (rustc reads `((*re) as A).0`), the enum is not
// moved out of the reference (coroslim said E0507 "cannot move out of `*re`" before bc36); the reference
// held across awaits, in an async block capturing the enum by reference, a sync fn with a `&E` parameter
enum E { A(u32, u8) }
enum F { K { k: u32, g: Guard } }
struct S { e: E, n: u32 }
fn one(re: &E) -> u32 { let &E::A(v, _) = re; v }
fn two(rr: &&E) -> u32 { let &&E::A(v, w) = rr; v + w as u32 }
fn three(re: &E) -> u32 { match *re { E::A(0, _) => 7, E::A(v, _) => v + 1 } }
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let e = E::A(n, 2);
    let re = &e;
    yield_now().await;
    let &E::A(v, _) = re;
    let rr = &re;
    let &&E::A(w, b) = rr;
    yield_now().await;
    let mut m = E::A(n + 1, 4);
    let rm = &mut m;
    let &mut E::A(x, _) = rm;
    let f = F::K { k: n + 5, g: guard(n) };
    let rf = &f;
    let &F::K { k, .. } = rf;
    yield_now().await;
    let s = S { e: E::A(n + 2, 1), n: 9 };
    let rs = &s;
    let &S { e: E::A(y, _), n: z } = rs;
    let t = async { let q = &e; yield_now().await; let &E::A(c, _) = q; c + three(q) }.await;
    v + w + b as u32 + x + k + y + z + t + one(&e) + two(&re) + three(re)
}
// a one-variant enum holding a Guard matched through `&E` by default binding modes (`match re`, `if let ..
// = re`: the session-start binary said E0507 "cannot move out of `*re`" there too) and by `ref` bindings
enum G { A(u32, Guard) }
//@ args: ergo 3
//@ args: ergo 0
async fn ergo(n: u32) -> u32 {
    let e = G::A(n, guard(n));
    let re = &e;
    let a = match re { G::A(v, _) => *v };
    let &G::A(w, _) = re;
    yield_now().await;
    let b = if let G::A(x, _) = re { *x } else { 0 };
    let k = match *re { G::A(0, _) => 1, G::A(ref v, ref _h) => *v };
    a + b + w + k
}
