// invalid (bc36): `let mut x = &mk(n);` in an inner block, copied to y declared outside and used after the
// block: x's own temporary is dropped while borrowed (E0716), though x is reassigned before the block ends
fn mk(n: u32) -> u32 { n + 1 }
async fn f(n: u32) -> u32 {
    let y;
    {
        let mut x = &mk(n); //~ ERROR [E0716] temporary value dropped while borrowed
        let z = n;
        y = x;
        x = &z;
        yield_now().await;
    }
    *y
}
