// invalid (bc37): a match arm is a terminating scope (rustc region.rs resolve_arm): its temporary
// `mk(n)` dies at the arm's end, and the arm's value borrowing it is used by the call: E0716
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn f(n: u32) -> u32 {
    let y = 3;
    rd(match n { 0 => id(Some(&mk(n))), _ => Some(&y) }) //~ ERROR [E0716] temporary value dropped while borrowed
}
