// covers: variant patterns of a one-variant enum in `let` (issue 22): `let W::A(k, g) = w;`, nested in a
// struct pattern (`let S { w: W::A(k, _), .. } = s;`) and in a variant pattern, a struct variant, a Guard
// payload moved out and held across an await while the Copy field is used, `_` leaving the Guard in place
// (dropped with its enum at the scope's end), an uninitialised `let W::A(k, g);` assigned later; rustc reads
// no discriminant (TestCase::Irrefutable): only the bindings' downcast field places
enum W { A(u32, Guard) }
enum V { P { k: u8, g: Guard } }
enum One { X(W) }
struct S { w: W, n: u32 }
//@ args: one 3
async fn one(n: u32) -> u32 {
    let w = W::A(n, guard(1));
    yield_now().await;
    let W::A(k, g) = w;
    yield_now().await;
    observe(k);
    let h = g;
    yield_now().await;
    k
}
//@ args: kept 3
async fn kept(n: u32) -> u32 {
    let w = W::A(n, guard(2));
    let W::A(k, _) = w;
    yield_now().await;
    observe(k);
    k + 1
}
//@ args: nested 5
async fn nested(n: u32) -> u32 {
    let s = S { w: W::A(n + 1, guard(3)), n: 3 };
    let S { w: W::A(k, _), .. } = s;
    yield_now().await;
    let o = One::X(W::A(n, guard(4)));
    let One::X(W::A(j, g)) = o;
    yield_now().await;
    let V::P { k: b, g: h } = V::P { k: 9, g: guard(5) };
    yield_now().await;
    let h2 = g;
    k + j + b as u32
}
//@ args: later 2
async fn later(n: u32) -> u32 {
    let W::A(k, g);
    yield_now().await;
    k = n * 2;
    g = guard(n);
    yield_now().await;
    k
}
fn sync_one(w: W) -> u32 {
    let W::A(k, g) = w;
    k
}
