// invalid: loans live across `if`s whose branches both conflict with them (tests/robust/gen.py
// ifelseliveloans 3): saturated in both branches of the first, they stay so in the flow after its
// join, and neither branch of the next rescans them (loans27); E0502 at the first `&mut`
struct P { a: u32, b: u32 }
fn seen(x: u32) -> u32 { x }
async fn f(x: u32) -> u32 {
    let mut v = P { a: x, b: 1 };
    let mut s = 0u32;
    let r0 = &v.a;
    let r1 = &v.a;
    let r2 = &v.a;
    if x > 0u32 {
        let m0 = &mut v.a; //~ ERROR [E0502] cannot borrow `v.a` as mutable because it is also borrowed as immutable
        *m0 += 1;
    } else {
        v.a += 0;
    }
    if x > 1u32 {
        let m1 = &mut v.a;
        *m1 += 1;
    } else {
        v.a += 1;
    }
    if x > 2u32 {
        let m2 = &mut v.a;
        *m2 += 1;
    } else {
        v.a += 2;
    }
    yield_now().await;
    s += seen(*r0);
    s += seen(*r1);
    s += seen(*r2);
    s + v.a
}
