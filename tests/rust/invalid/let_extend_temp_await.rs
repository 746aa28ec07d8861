// invalid: `let o = match n { .., _ => Some(Some(&mk(n))) };` in an inner block of an async fn, o stored in x
// used after an await past the block (rustc E0716 at the temporary; temp37)
fn mk(n: u32) -> u32 { n + 1 }
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
async fn e3(n: u32) -> u32 {
    let mut x = None;
    {
        let o = match n { 0 => None, _ => Some(Some(&mk(n))) }; //~ ERROR [E0716] temporary value dropped while borrowed
        x = o;
    }
    yield_now().await;
    match x { Some(y) => val(y), None => 0 }
}
