// invalid (bc36): `let mut x = &mk(n);` reassigned a `ref` binding of another temporary of an inner
// block, then copied to y used after that block: E0716 at the inner temporary (x's own reassignment
// must not end the inner temporary's loan: the merge base lost this error when it admitted the form)
fn mk(n: u32) -> u32 { n + 1 }
async fn f(n: u32) -> u32 {
    let mut x = &mk(n);
    let y;
    {
        let ref r = mk(n + 1); //~ ERROR [E0716] temporary value dropped while borrowed
        x = r;
        y = x;
    }
    yield_now().await;
    *y
}
