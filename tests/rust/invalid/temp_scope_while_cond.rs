// invalid (bc37): a `while` condition is a terminating scope: o assigned a borrow of its temporary, used
// in the body: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn t(u: ()) -> bool { true }
fn f(n: u32) -> u32 {
    let y = 3;
    let mut o = Some(&y);
    let mut i = 0;
    while t(o = id(Some(&mk(n)))) && i < 2 { i += rd(o); } //~ ERROR [E0716] temporary value dropped while borrowed
    i
}
