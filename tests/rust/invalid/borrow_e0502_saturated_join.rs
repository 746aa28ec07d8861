// invalid: loans saturated in both branches of an `if` stay saturated after the join, and a loan
// made after it is scanned as any other (E0502 at its conflicting borrow)
struct P { a: u32, b: u32 }
fn seen(x: u32) -> u32 { x }
async fn f(x: u32, c: bool) -> u32 {
    let mut v = P { a: x, b: 1 };
    let mut s = 0u32;
    let r = &v.b;
    if c {
        let m = &mut v.a;
        *m += 1;
    } else {
        let n = &mut v.a;
        *n += 2;
    }
    let q = &v.a;
    let w = &mut v.a; //~ ERROR [E0502] cannot borrow `v.a` as mutable because it is also borrowed as immutable
    *w += 1;
    yield_now().await;
    s += seen(*q) + seen(*r);
    s
}
