// invalid (bc36): `let ref o @ (Some(_) | None) = mko(n);` in a loop's body, o kept past the body by q:
// E0716 at the temporary
fn mko(n: u32) -> Option<u32> { if n > 1 { Some(n) } else { None } }
async fn f(n: u32) -> u32 {
    let z = None;
    let mut q = &z;
    loop {
        let ref o @ (Some(_) | None) = mko(n); //~ ERROR [E0716] temporary value dropped while borrowed
        q = o;
        break;
    }
    yield_now().await;
    match q { Some(v) => *v, None => 0 }
}
