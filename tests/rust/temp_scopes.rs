// covers (bc37): statement temporaries borrowed inside rustc's terminating scopes (region.rs): an `if` /
// `while` condition, a `&&` / `||` operand, a branch, a match arm and its guard, a loop body, an else-if
// link, each used before its scope ends (rustc accepts); a match, `if` or block whose value holds such a
// borrow discarded by an expression statement (nothing uses it: no error, also rustc's); an if-let's and a
// match's scrutinee temporaries live to the statement's end (rustc 2021), used in the arms; an arm's future
// awaited inside the arm; the MIR drops each temporary where rustc does (at its scope's end)
fn mk(n: u32) -> u32 { n + 1 }
fn mkg(n: u32) -> Guard { guard(n) }
fn id(o: Option<&u32>) -> Option<&u32> { o }
fn rd(o: Option<&u32>) -> u32 { match o { Some(v) => *v, None => 0 } }
fn big(_r: &Guard, n: u32) -> bool { n > 1 }
async fn h(o: Option<&u32>) -> u32 { yield_now().await; rd(o) }
fn arms(n: u32) -> u32 {
    let y = 3;
    let a = match n { 0 => rd(id(Some(&mk(n)))), 1 if rd(id(Some(&mk(n)))) > 1 => y, _ => y + 1 };
    match n { 0 => Some(&y), _ => id(Some(&mk(n))) };
    if n > 2 { Some(&y) } else { id(Some(&mk(n))) };
    { match n { 0 => Some(&y), _ => id(Some(&mk(n))) } };
    if n > 1 { match n { 0 => Some(&y), _ => id(Some(&mk(n))) } } else { None };
    let b = rd(match id(Some(&mk(n))) { Some(v) => Some(v), None => Some(&y) });
    let c = rd(if let Some(v) = id(Some(&mk(n))) { Some(v) } else { Some(&y) });
    a + b + c
}
fn conds(n: u32) -> u32 {
    let y = 3;
    let mut t = 0;
    if rd(id(Some(&mk(n)))) > 2 && big(&mkg(n), n) { t += 1; }
    if big(&mkg(n), n) || rd(id(Some(&mk(t)))) > 4 { t += 2; }
    let mut i = 0;
    while rd(id(Some(&mk(i)))) < n && big(&mkg(i), n - i) { i += 1; }
    let v = rd(if n > 5 { Some(&y) } else if rd(id(Some(&mk(n)))) > 2 { Some(&y) } else { None });
    let w = rd(if n > 5 { Some(&y) } else if let Some(z) = id(Some(&mk(n))) { if *z > 1 { Some(&y) } else { None } } else { None });
    loop { t += rd(id(Some(&mk(t)))); if t > 10 { break; } }
    t + i + v + w
}
//@ args: arms_async 0
//@ args: arms_async 4
async fn arms_async(n: u32) -> u32 {
    let y = 3;
    let a = match n { 0 => h(Some(&mk(n))).await, _ => h(Some(&y)).await };
    match n { 0 => { h(Some(&mk(n))).await; } _ => {} };
    let b = if n > 1 { h(Some(&mk(n))).await + rd(id(Some(&mk(a)))) } else { hg(&mkg(n)).await };
    a + b + arms(n) + conds(n)
}
async fn hg(_r: &Guard) -> u32 { yield_now().await; 1 }
