// invalid (bc37): an `if`'s branch is a terminating scope: its tail's temporary dies at the branch's end,
// and the `if`'s value borrowing it is used by the call: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn f(n: u32) -> u32 {
    let y = 3;
    rd(if n > 0 { id(Some(&mk(n))) } else { Some(&y) }) //~ ERROR [E0716] temporary value dropped while borrowed
}
