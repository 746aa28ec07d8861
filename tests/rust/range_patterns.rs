// covers: range patterns at the top of a match (issue 22 item 4), lowered as rustc 1.95's match tree:
// TestKind::Range (`_t = Le(const lo, copy x)`, `_u = Le/Lt(copy x, const hi)`, each a switchInt on a
// bool temp), rustc's bucketing of literals and ranges (a SwitchInt whose otherwise is the failure of a
// range holding none of its values), `0..=9`, `..=5`, `..5`, `10..`, `1..4`, `a..=a` (a constant), a
// full-width range (no test); u8, u16, u32, u64, i8, i32, i64, usize, isize; matches exhaustive
// without `_` (u8 `..=127, 128..`, i8 `..=-1, 0, 1..`, usize `0..=5, 6..`), an unreachable literal after
// a range covering it (rustc warns, builds it), an await in an arm, a sync fn, a non-move async block, ranges
// over the type's every value (`0..`, `..=255`, `-128..=127`, `Some(0..)`: no test, an irrefutable `if let`)
//@ args: top 0
//@ args: top 5
//@ args: top 10
//@ args: top 12
//@ args: top 150
//@ args: top 250
async fn top(n: u32) -> u32 {
    let x = n as u8;
    yield_now().await;
    match x {
        0..=9 => 1,
        10 => 2,
        11..20 => 3,
        200.. => 4,
        _ => 5,
    }
}
//@ args: full 0
//@ args: full 200
async fn full(n: u32) -> u32 {
    let x = n as u8;
    yield_now().await;
    match x {
        ..=127 => 1,
        128.. => 2,
    }
}
//@ args: signed 0
//@ args: signed 3
//@ args: signed 5
//@ args: signed 9
async fn signed(n: u32) -> u32 {
    let x = n as i32 - 5;
    yield_now().await;
    match x {
        ..=-3 => 1,
        -2..=2 => 2,
        3 | 4 => 3,
        5.. => 4,
    }
}
//@ args: tiny 0
//@ args: tiny 130
//@ args: tiny 255
async fn tiny(n: u32) -> u32 {
    let x = n as u8 as i8;
    yield_now().await;
    let r = match x {
        ..=-1 => 10,
        0 => 20,
        1.. => 30,
    };
    yield_now().await;
    r
}
//@ args: mixed 1
//@ args: mixed 7
//@ args: mixed 40
//@ args: mixed 70000
async fn mixed(n: u32) -> u32 {
    let w = n as u16;
    let d = n as u64;
    let s = n as usize;
    let i = n as isize - 50;
    let q = n as i64 * 1000;
    yield_now().await;
    let a = match w { 0..=9 => 1, 10..1000 => 2, _ => 3 };
    let b = match d { ..=5 => 10, 6 => 20, 7..=100 => 30, _ => 40 };
    let c = match s { 0..=5 => 100, 6.. => 200 };
    let e = match i { ..0 => 1000, 0 => 2000, 1.. => 3000 };
    let f = match q { -10..=10 => 4, 11..=99999 => 5, _ => 6 };
    a + b + c + e + f
}
//@ args: values 0
//@ args: values 3
//@ args: values 7
//@ args: values 15
//@ args: values 60
async fn values(n: u32) -> u32 {
    yield_now().await;
    match n {
        0 => 1,
        3 => 2,
        1..=9 => 3,
        7 => 4,
        15..=15 => 5,
        10..50 => 6,
        _ => 7,
    }
}
//@ args: arm_await 2
//@ args: arm_await 20
async fn arm_await(n: u32) -> u32 {
    match n {
        1..=9 => { yield_now().await; n * 2 }
        _ => { let g = guard(n); yield_now().await; observe(n); let h = g; 0 }
    }
}
fn classify(b: u8) -> u32 {
    match b { 48..=57 => 1, 97..=122 => 2, 65..=90 => 3, _ => 0 }
}
//@ args: sync_call 5
//@ args: sync_call 66
async fn sync_call(n: u32) -> u32 {
    let v = classify(n as u8) + classify(50) + classify(100);
    yield_now().await;
    v
}
//@ args: block 3
//@ args: block 300
async fn block(n: u32) -> u32 {
    let blk = async {
        yield_now().await;
        match n { 0..=99 => 1, 100..=199 => 2, 200.. => 3 }
    };
    blk.await
}
//@ args: whole 0
//@ args: whole 5
//@ args: whole 6
//@ args: whole 200
async fn whole(n: u32) -> u32 {
    let x = n as u8;
    yield_now().await;
    let a = if let 0.. = x { 1 } else { 2 };
    let b = match x { ..=255 => 3 };
    let o = if n > 1 { Some(x) } else { None };
    let c = match o { Some(0..) => 4, None => 5 };
    let d = match n as i8 { -128..=127 => 6 };
    let e = match x { 5..=5 => 7, 6..7 => 8, _ => 9 };
    a + b + c + d + e
}
