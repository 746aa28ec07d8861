// invalid (bc37): a match arm's value borrowing the arm's temporary, bound by a `let` never used: rustc's
// FakeRead of the let's place uses it after the arm's end: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn f(n: u32) -> u32 {
    let y = 3;
    let r = match n { 0 => id(Some(&mk(n))), _ => Some(&y) }; //~ ERROR [E0716] temporary value dropped while borrowed
    n
}
