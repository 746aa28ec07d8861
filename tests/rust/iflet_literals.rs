// covers: literal patterns at the top of `if let` and `while let` (issue 22): `if let 3 = x`, `if let true = b`,
// `if let false = b`, a negative literal, an or-pattern of literals, `while let 0 = n % 3`; rustc's
// lower_let_expr of one candidate with a constant pair (TestKind::SwitchInt on an integer, TestKind::If on a
// bool), the FalseEdge's imaginary target the otherwise block, the else from it; held across awaits
//@ args: top 3,true
//@ args: top 4,false
async fn top(n: u32, b: bool) -> u32 {
    let x = n as u8;
    yield_now().await;
    let a = if let 3 = x { 1 } else { 2 };
    let c = if let true = b { yield_now().await; 10 } else { 20 };
    let d = if let false = b { 100 } else { 200 };
    let e = if let -1 = n as i32 - 4 { 1000 } else { 0 };
    let f = if let 3 | 4 = n { 5000 } else { 6000 };
    a + c + d + e + f
}
//@ args: count 0
//@ args: count 9
//@ args: count 10
async fn count(n: u32) -> u32 {
    let mut x = n;
    let mut c = 0;
    while let 0 = x % 3 {
        x = x / 3 + 1;
        c += 1;
        yield_now().await;
    }
    c
}
//@ args: guarded 7
//@ args: guarded 8
async fn guarded(n: u32) -> u32 {
    let g = guard(n);
    if let 7 = n {
        yield_now().await;
        let h = g;
        1
    } else {
        yield_now().await;
        0
    }
}
fn sync_lit(n: u64, b: bool) -> u64 {
    let mut m = n;
    let mut go = b;
    while let true = go { m -= 1; go = m > 0; }
    if let 0 = m { 1 } else { 2 }
}
