// covers: range patterns in `if let` and `while let` (issue 22 item 4): a range at the top (rustc's
// lower_let_expr of one candidate with a TestKind::Range pair, the else from the otherwise block, the
// FalseEdge's imaginary target that block), an open and an exclusive range, an or-pattern of ranges, a
// range inside a variant pattern with a binding beside it, a Guard payload moved out in the
// then-branch, a while-let counting down through a range with an await in its body
enum E { N, T(u32, i32), S { k: u8, g: Guard } }
fn mke(n: u32) -> E {
    if n == 0 { E::N } else if n % 2 == 0 { E::T(n / 2, n as i32 - 10) } else { E::S { k: (n % 7) as u8, g: guard(n) } }
}
//@ args: top 3
//@ args: top 10
//@ args: top 200
async fn top(n: u32) -> u32 {
    let x = n as u8;
    yield_now().await;
    let a = if let 0..=9 = x { 1 } else { 2 };
    let b = if let 100.. = x { 10 } else { 20 };
    let c = if let ..10 = n { 100 } else { 200 };
    a + b + c
}
//@ args: signed 0
//@ args: signed 4
//@ args: signed 9
async fn signed(n: u32) -> u32 {
    let x = n as i32 - 5;
    yield_now().await;
    if let -3..3 | 6.. = x { yield_now().await; 1 } else { 0 }
}
//@ args: count 0
//@ args: count 7
//@ args: count 300
async fn count(n: u32) -> u32 {
    let mut x = n;
    let mut c = 0;
    while let 1..=100 = x {
        x = x / 2;
        c += 1;
        yield_now().await;
    }
    c
}
//@ args: var 0
//@ args: var 1
//@ args: var 3
//@ args: var 4
//@ args: var 30
async fn var(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    if let E::T(k, -10..=-5) = e {
        k
    } else if let E::S { k: 1..=3, g } = e {
        let h = g;
        yield_now().await;
        observe(n);
        7
    } else {
        0
    }
}
//@ args: opt 0
//@ args: opt 5
//@ args: opt 50
async fn opt(n: u32) -> u32 {
    let mut o = if n == 0 { None } else { Some(n) };
    let mut c = 0;
    while let Some(2..) = o {
        c += 1;
        o = if c > 3 { None } else { Some(n - c) };
        yield_now().await;
    }
    c
}
