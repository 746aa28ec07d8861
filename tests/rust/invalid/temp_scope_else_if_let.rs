// invalid (bc37): an else-if link is a terminating scope: its `if let` scrutinee's temporary dies at the
// link's end, and the chain's value borrowing it is used by the call: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn f(n: u32) -> u32 {
    let y = 3;
    rd(if n > 5 { Some(&y) } else if let Some(v) = id(Some(&mk(n))) { Some(v) } else { None }) //~ ERROR [E0716] temporary value dropped while borrowed
}
