// invalid: `o = id(Some(&mk(n)));`: the Option holds a borrow of the statement's temporary, read after the
// statement (rustc E0716 at the temporary; tempref36)
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn f(n: u32) -> u32 {
    let y = 3;
    let mut o = Some(&y);
    o = id(Some(&mk(n))); //~ ERROR [E0716] temporary value dropped while borrowed
    if let Some(r) = o { *r } else { 0 }
}
