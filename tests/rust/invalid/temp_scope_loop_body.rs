// invalid (bc37): a loop's body is a terminating scope: o assigned a borrow of the body's tail's
// temporary, used at the next iteration: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn f(n: u32) -> u32 {
    let y = 3;
    let mut o = Some(&y);
    let mut i = 0;
    loop { if i > 2 { return rd(o); } i += 1; o = id(Some(&mk(n))) } //~ ERROR [E0716] temporary value dropped while borrowed
}
