// invalid (bc37): a match guard is a terminating scope: o assigned a borrow of the guard's temporary, used
// by the arm's body: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn t(u: ()) -> bool { true }
fn f(n: u32) -> u32 {
    let y = 3;
    let mut o = Some(&y);
    match n { 0 if t(o = id(Some(&mk(n)))) => rd(o), _ => 0 } //~ ERROR [E0716] temporary value dropped while borrowed
}
