// covers: match guards (issue 22, guard27) that leave: `return` and `continue` inside a guard in a loop (the
// if-then scope's drops on the way out), a guard holding a Guard temporary in a `let` of a block (dropped at the
// guard's end on both paths), a block with a `let` as a guard, guards in a sync fn
fn pick(o: Option<u32>, n: u32) -> u32 {
    match o {
        Some(x) if x > n => x,
        Some(x) if { let y = x + 1; y == n } => 7,
        _ => 0,
    }
}
//@ args: ret 3
async fn ret(n: u32) -> u32 {
    let o = Some(n);
    let mut t = 0;
    let mut i = 0;
    while i < 4 {
        i += 1;
        t += match o {
            Some(x) if { if x + i > 5 { return t + 100; } i == 2 } => 1,
            Some(x) if { if i == 3 { continue; } x > 1 } => { yield_now().await; 2 }
            _ => 3,
        };
    }
    t + pick(o, 2)
}
//@ args: temps 3
async fn temps(n: u32) -> u32 {
    let o = Some(n);
    match o {
        Some(x) if { let g = guard(x); x > 2 } => x,
        Some(x) if { let g = guard(x + 1); observe(x); false } => 1,
        _ => 0,
    }
}
