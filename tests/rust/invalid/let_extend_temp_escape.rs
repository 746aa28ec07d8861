// invalid: `let o = Some(&mk(n));` in an inner block, o stored in x declared outside it and used after the
// block: rustc extends the temporary to the end of the inner block only (E0716 at the temporary; temp37)
fn mk(n: u32) -> u32 { n + 1 }
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn e1(n: u32) -> u32 {
    let x;
    {
        let o = Some(&mk(n)); //~ ERROR [E0716] temporary value dropped while borrowed
        x = o;
    }
    val(x)
}
