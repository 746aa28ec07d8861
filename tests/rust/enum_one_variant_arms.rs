// covers: one-variant enums matched with more than one arm or by `if let` / `while let` (issue 22 item 4):
// the variant pattern is irrefutable (rustc's TestCase::Irrefutable: no discriminant read), its fields'
// patterns are the candidate's match pairs at the downcast field places (`((_4 as A).0: u32)`); a literal
// field tested (SwitchInt), a later arm after an irrefutable one, an or-pattern, a Guard moved out by a
// binding, a one-variant enum nested in Option and in another enum's variant, if-let and while-let
enum W { A(u32, Guard) }
enum T { S { n: u8, on: bool } }
enum Z { Only }
enum O { In(T), Out }
fn mkw(n: u32) -> W { W::A(n % 4, guard(n)) }
fn mkt(n: u32) -> T { T::S { n: n as u8, on: n % 2 == 0 } }
//@ args: lit 0
//@ args: lit 1
//@ args: lit 3
async fn lit(n: u32) -> u32 {
    let w = mkw(n);
    yield_now().await;
    match w {
        W::A(0, _) => 1,
        W::A(1, g) | W::A(2, g) => { yield_now().await; let h = g; 2 }
        W::A(k, _) => k + 10,
    }
}
//@ args: later 0
//@ args: later 5
async fn later(n: u32) -> u32 {
    let t = mkt(n);
    yield_now().await;
    match t {
        T::S { on: true, n } => n as u32,
        T::S { n: 5, .. } => 7,
        _ => 3,
    }
}
//@ args: iflet 0
//@ args: iflet 1
async fn iflet(n: u32) -> u32 {
    let w = mkw(n);
    if let W::A(k, g) = w { yield_now().await; let h = g; k } else { 9 }
}
//@ args: iflet_lit 2
//@ args: iflet_lit 3
async fn iflet_lit(n: u32) -> u32 {
    let t = mkt(n);
    yield_now().await;
    if let T::S { n: 2, on } = t { if on { 1 } else { 2 } } else { 3 }
}
//@ args: wlet 3
async fn wlet(n: u32) -> u32 {
    let mut t = mkt(n);
    let mut acc = 0;
    while let T::S { on: false, n } = t {
        yield_now().await;
        acc += n as u32;
        t = mkt(n as u32 + 1);
    }
    acc
}
//@ args: nested 0
//@ args: nested 1
//@ args: nested 2
async fn nested(n: u32) -> u32 {
    let o = if n == 0 { O::Out } else { O::In(mkt(n)) };
    let p = if n == 1 { None } else { Some(Z::Only) };
    yield_now().await;
    let a = match o { O::In(T::S { n, on: true }) => n as u32, O::In(T::S { .. }) => 4, O::Out => 5 };
    let b = match p { Some(Z::Only) => 1, None => 0 };
    a + b
}
