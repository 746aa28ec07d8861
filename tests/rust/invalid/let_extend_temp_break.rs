// invalid: `let o = if .. { Some(&mkg(n)) } else { None };` in a loop's body left by `break`, o stored in x
// used after the loop: the branch's temporary dies with the body (rustc E0716 at the temporary; temp37)
fn mkg(n: u32) -> Guard { guard(n) }
fn gvo(o: Option<&Guard>) -> u32 { match o { Some(_) => 2, None => 1 } }
fn e2(n: u32) -> u32 {
    let mut x = None;
    loop {
        let o = if n > 1 { Some(&mkg(n)) } else { None }; //~ ERROR [E0716] temporary value dropped while borrowed
        x = o;
        break;
    }
    gvo(x)
}
