// invalid (bc37): o assigned in an `if` branch a borrow of the branch's temporary, used later in the statement: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn t(u: ()) -> bool { true }
fn f(n: u32) -> u32 {
    let y = 3;
    let mut o = Some(&y);
    let v = t(if n > 0 { o = id(Some(&mk(n))) } else { () }) && rd(o) > 1; //~ ERROR [E0716] temporary value dropped while borrowed
    if v { 1 } else { 0 }
}
