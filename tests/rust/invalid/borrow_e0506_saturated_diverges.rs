// invalid: a loan saturated on a path that never ends (`loop {}`: its holder dead there) is scanned
// again on the `else` path, where the holder keeps it to its use (E0506)
struct P { a: u32, b: u32 }
fn seen(x: u32) -> u32 { x }
async fn f(x: u32, c: bool) -> u32 {
    let mut v = P { a: x, b: 1 };
    let r = &v.a;
    if c {
        let m = &mut v.a;
        *m += 1;
        loop {}
    } else {
        v.a = 2; //~ ERROR [E0506] cannot assign to `v.a` because it is borrowed
    }
    yield_now().await;
    seen(*r)
}
