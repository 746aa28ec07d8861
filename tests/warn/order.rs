// covers: rustc 1.95's order of warnings (DESIGN.md "Warnings"): the async fns' typeck, match and
// unused_mut lints first (wfcheck), then every sync fn's typeck, then per fn its match and
// unused_mut lints (sync fns) and liveness's unused variables, an async block's before its fn's;
// the late pass's unused_must_use last, in source order.
fn s0(a: u32) -> u32 {
    let mut y = 3;
    if let q = a { observe(q); }
    return 1;
    y
}
async fn a1(b: bool) -> u32 {
    let mut m = 1;
    if let n = b { }
    s0(1);
    a2(true);
    return 2;
    0
}
fn s1(a: u32) -> u32 {
    let mut y = 3;
    if let q = a { observe(q); }
    return 1;
    y
}
async fn a2(b: bool) -> u32 {
    let mut m = 1;
    if let n = b { }
    let w = async { let mut i = 1; let j = 2; if let z = 3 {} 4 };
    s1(2) + 1;
    return 2;
    0
}
