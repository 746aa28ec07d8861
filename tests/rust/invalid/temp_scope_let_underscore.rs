// invalid (bc37): `let _ = match ..` whose arm's value borrows the arm's temporary: E0716 (the let's FakeRead)
fn mk(n: u32) -> u32 { n + 1 }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn f(n: u32) -> u32 {
    let y = 3;
    let _ = match n { 0 => id(Some(&mk(n))), _ => Some(&y) }; //~ ERROR [E0716] temporary value dropped while borrowed
    n
}
