// invalid: `async move` matching `s.g` with a moving binding moves the field into the block while
// a borrow of it is still used
enum G { A, B(Guard) }
struct S { a: u32, g: G }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: G::B(guard(n)) };
    let r = &s.g;
    let b = async move { match s.g { G::B(g) => 1, G::A => 0 } }; //~ ERROR cannot move out of `s.g` because it is borrowed
    let k = r;
    b.await
}
