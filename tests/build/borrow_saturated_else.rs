// loans27: a loan saturated in both branches of an `if` (their records wait on r), its records
// dropped when r is assigned again before any use: accepted, as rustc (r is dead across the `if`s)
struct P { a: u32, b: u32 }
fn seen(x: u32) -> u32 { x }
async fn f(x: u32, c: bool) -> u32 {
    let mut v = P { a: x, b: 1 };
    let mut r = &v.a;
    if c {
        v.a += 1;
    } else {
        v.a += 2;
    }
    r = &v.b;
    if c {
        v.a += 3;
    } else {
        let m = &mut v.a;
        *m += 4;
    }
    yield_now().await;
    seen(*r) + v.a
}
