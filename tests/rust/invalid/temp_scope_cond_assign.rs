// invalid (bc37): an `if` condition is a terminating scope (HIR's DropTemps): o assigned a borrow of the
// condition's temporary, used in the branch: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn t(u: ()) -> bool { true }
fn f(n: u32) -> u32 {
    let y = 3;
    let mut o = Some(&y);
    if t(o = id(Some(&mk(n)))) { rd(o) } else { 0 } //~ ERROR [E0716] temporary value dropped while borrowed
}
