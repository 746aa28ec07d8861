// invalid: `let o = { Some(&mk(i)) };` (a block tail) in a while loop's body, o stored in x declared before the
// loop and used after it (rustc E0716 at the temporary; temp37)
fn mk(n: u32) -> u32 { n + 1 }
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn e4(n: u32) -> u32 {
    let mut x = None;
    let mut i = 0;
    while i < n {
        let o = { Some(&mk(i)) }; //~ ERROR [E0716] temporary value dropped while borrowed
        if i == 2 { x = o; }
        i += 1;
    }
    val(x)
}
