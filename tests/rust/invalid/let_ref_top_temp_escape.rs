// invalid (bc36): `let ref r @ 0.. = mk(n);` inside a block, r stored in x declared outside it and used
// after the block: the temporary (extended to the inner block) is dropped while borrowed (E0716 at it)
fn mk(n: u32) -> u32 { n + 1 }
async fn f(n: u32) -> u32 {
    let x;
    {
        let ref r @ 0.. = mk(n); //~ ERROR [E0716] temporary value dropped while borrowed
        x = r;
    }
    yield_now().await;
    *x
}
