// covers: unused_variables and unused_mut: parameters, lets, pattern bindings (an or-pattern's
// shared ones once, `ref` / `ref mut` at the keyword), `_` names quiet, a read in unreachable code
// is not a use, assigned but never read, captures of async blocks, `mut` needed by `&mut`,
// an assignment through a field, a `ref mut` binding of a let pattern.
struct S { k: u32, v: u32 }
enum E { A(u32, u32), B(u32) }
fn params(a: u32, _b: u32, mut c: u32, mut d: u32) -> u32 {
    d += 1;
    let _e = 3;
    a
}
fn or_bindings(e: E) -> u32 {
    match e {
        E::A(x, _) | E::B(x) => 1,
    }
}
fn refs(mut s: S, mut t: S) -> u32 {
    let S { ref mut k, .. } = s;
    *k += 1;
    let S { ref v, .. } = t;
    let mut u = S { k: 1, v: 2 };
    u.k = 3;
    let mut w = 5;
    let r = &mut w;
    *r += 1;
    0
}
fn dead(n: u32) -> u32 {
    let x = n;
    return 3;
    x
}
fn assigned(n: u32) -> u32 {
    let mut a = 0;
    a = n;
    let mut b = 1;
    b += 1;
    n
}
async fn captures(n: u32) -> u32 {
    let mut c = 0;
    let mut m = 1;
    let f = async { c += 1; observe(m); };
    f.await;
    let h = async move { let inner = 2; };
    n
}
