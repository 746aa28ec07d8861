// covers: range and literal patterns with integer-constant and byte-literal bounds (issue 22) inside
// variant, struct-variant and struct patterns (`Some(u8::MAX)`, `Some(b'a'..=b'z')`, `E::T(i32::MIN..=-1, _)`,
// `E::S { k: b'0'..=b'9', .. }`, `P(u8::MIN..b' ', _)`), bucketed with literals of the same field, an
// exhaustive Option<u8> and Option<i8> without `_`; in `if let` and `while let` at the top (`if let
// i8::MIN..=-1 = x`, `while let 1..=u32::MAX = x`) and nested (`if let Some(b'a'..=b'z') = o`), with
// awaits in the bodies and a Guard moved out on one arm
enum E { N, T(i32, u64), S { k: u8, g: Guard } }
struct P(u8, u32);
fn mke(n: u32) -> E {
    if n == 0 { E::N } else if n % 2 == 0 { E::T(n as i32 - 10, n as u64) } else { E::S { k: n as u8, g: guard(n) } }
}
//@ args: opt 0
//@ args: opt 1
//@ args: opt 97
//@ args: opt 255
//@ args: opt 256
async fn opt(n: u32) -> u32 {
    let o = if n == 256 { None } else { Some(n as u8) };
    yield_now().await;
    match o {
        Some(u8::MAX) => 1,
        Some(b'a'..=b'z') => 2,
        Some(b'\0') => 3,
        Some(k) => k as u32 + 10,
        None => 4,
    }
}
//@ args: full 0
//@ args: full 97
//@ args: full 98
//@ args: full 256
async fn full(n: u32) -> u32 {
    let o = if n == 256 { None } else { Some(n as u8) };
    let s = if n == 256 { None } else { Some(n as u8 as i8) };
    yield_now().await;
    let a = match o { Some(u8::MIN..=b'a') => 1, Some(b'b'..) => 2, None => 3 };
    let b = match s { Some(i8::MIN..0) => 10, Some(0..=i8::MAX) => 20, None => 30 };
    a + b
}
//@ args: variants 0
//@ args: variants 2
//@ args: variants 30
//@ args: variants 49
//@ args: variants 57
//@ args: variants 255
//@ args: variants 300
async fn variants(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::T(i32::MIN..=-1, _) => 1,
        E::T(0, u64::MAX) => 2,
        E::T(_, 1..=u64::MAX) => 3,
        E::T(..) => 4,
        E::S { k: b'0'..=b'9', .. } => 5,
        E::S { k: u8::MAX, g } => { let h = g; yield_now().await; 6 }
        E::S { .. } => 7,
        E::N => 8,
    }
}
//@ args: pair 0
//@ args: pair 32
//@ args: pair 200
async fn pair(n: u32) -> u32 {
    let p = P(n as u8, n);
    yield_now().await;
    match p {
        P(u8::MIN..b' ', x) => x,
        P(b' '..=b'~', 0..=u32::MAX) => 1,
        P(_, _) => 2,
    }
}
//@ args: top_let 0
//@ args: top_let 128
//@ args: top_let 255
async fn top_let(n: u32) -> u32 {
    let x = n as u8 as i8;
    yield_now().await;
    if let i8::MIN..=-1 = x { 1 } else { 2 }
}
//@ args: count 0
//@ args: count 9
async fn count(n: u32) -> u32 {
    let mut x = n;
    let mut c = 0;
    while let 1..=u32::MAX = x {
        x = x / 2;
        c += 1;
        yield_now().await;
    }
    c
}
//@ args: letters 0
//@ args: letters 3
async fn letters(n: u32) -> u32 {
    let mut o = Some(b'a' + n as u8);
    let mut c = 0;
    while let Some(b'a'..=b'c') = o {
        c += 1;
        o = Some(b'a' + (n + c) as u8);
        yield_now().await;
    }
    if let Some(b'd'..=u8::MAX) = o { c + 100 } else { c }
}
