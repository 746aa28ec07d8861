// invalid (bc37): a `&&` operand is a terminating scope: o assigned a borrow of the left operand's
// temporary, used by the right operand: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn t(u: ()) -> bool { true }
fn f(n: u32) -> u32 {
    let y = 3;
    let mut o = Some(&y);
    if t(o = id(Some(&mk(n)))) && rd(o) > 2 { 1 } else { 0 } //~ ERROR [E0716] temporary value dropped while borrowed
}
