// invalid: `let r = &mkg(n);` inside a loop's body, r stored in x declared outside it and used after the
// loop: the temporary dies at the end of the body (rustc E0716 at the temporary; temp33)
fn mkg(n: u32) -> Guard { guard(n) }
async fn f(n: u32) -> u32 {
    let g0 = guard(0);
    let mut x = &g0;
    loop {
        let r = &mkg(n); //~ ERROR [E0716] temporary value dropped while borrowed
        x = r;
        break;
    }
    yield_now().await;
    let y = x;
    n
}
