// invalid (pat35): `let r = &mkp(n).w.1;` in an inner block of an async fn, r stored in x and used after
// the block: rustc's E0716 at the temporary
struct W(u32, u32);
struct P { a: u32, w: W }
fn mkp(n: u32) -> P { P { a: n, w: W(n, 3) } }
async fn f(n: u32) -> u32 {
    let x;
    {
        let r = &mkp(n).w.1; //~ ERROR [E0716] temporary value dropped while borrowed
        x = r;
    }
    yield_now().await;
    *x
}
