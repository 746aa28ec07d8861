// invalid: a loan saturated in the then-branch, which never ends (its record is never reported: r is
// dead there), is back in the scan in the else-branch, which starts from the flow before the `if`
// (loans27: Flow.sat), where r keeps it to its use (E0506)
struct P { a: u32, b: u32 }
fn seen(x: u32) -> u32 { x }
async fn f(x: u32, c: bool) -> u32 {
    let mut v = P { a: x, b: 1 };
    let r = &v.a;
    if c {
        v.a += 1;
        loop {}
    } else {
        v.a += 2; //~ ERROR [E0506] cannot assign to `v.a` because it is borrowed
    }
    yield_now().await;
    seen(*r)
}
