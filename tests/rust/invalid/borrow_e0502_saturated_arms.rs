// invalid: a loan saturated in one arm (the holder assigned again in it) is scanned again in the
// next arm, where the holder keeps it to its use (E0502)
struct P { a: u32, b: u32 }
fn seen(x: u32) -> u32 { x }
async fn f(x: u32) -> u32 {
    let mut v = P { a: x, b: 1 };
    let mut r = &v.a;
    match x {
        0 => {
            let m = &mut v.a;
            *m += 1;
            r = &v.b;
        }
        1 => {}
        _ => {
            let n = &mut v.a; //~ ERROR [E0502] cannot borrow `v.a` as mutable because it is also borrowed as immutable
            *n += 2;
        }
    }
    yield_now().await;
    seen(*r)
}
