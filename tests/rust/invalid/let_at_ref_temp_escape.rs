// invalid: `let _a @ ref m = mk(n);` in an async fn's inner block, m stored in x declared outside it and used
// after an await: the statement's temporary is gone (rustc E0716 at the temporary; temp37)
fn mk(n: u32) -> u32 { n + 1 }
async fn f(n: u32) -> u32 {
    let y = 0;
    let mut x = &y;
    {
        let _a @ ref m = mk(n); //~ ERROR [E0716] temporary value dropped while borrowed
        x = m;
    }
    yield_now().await;
    *x + n
}
