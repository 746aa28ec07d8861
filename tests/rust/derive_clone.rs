#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
#[derive(Clone, Copy)]
enum E { A, B(u32) }
fn sum(p: P) -> u32 {
    p.a + p.b as u32
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
    sum(p) + sum(q) + sum(r) + sum(s) + match f { E::A => 0, E::B(x) => x }
}
