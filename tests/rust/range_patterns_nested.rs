// covers: range patterns inside variant, struct and tuple-struct patterns (issue 22 item 4): a range
// bucketed with literals of the same field (`Some(0)`, `Some(1..=9)`, `Some(k)`), a failed range test
// whose failure chain reaches an earlier remainder (the FalseEdge's imaginary target counted as a
// predecessor by SimplifyCfg-initial), ranges under a nested variant, in two fields of one variant, in a
// struct variant's field with a Guard moved out on that arm, in a tuple struct's and a named struct's field
// at the top, bindings beside the range, an exhaustive Option<u8> without `_`, signed ranges, an await
// inside an arm
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
enum E { N, T(u32, i32), S { k: u8, g: Guard } }
struct Pair { a: u32, b: i32 }
struct P(u8, u32);
fn mka(n: u32) -> A { if n % 3 == 0 { A::X(n) } else if n % 3 == 1 { A::Y } else { A::Z(n as u8) } }
fn mkb(n: u32) -> B {
    if n > 2 { B::P(mka(n)) } else if n > 0 { B::Q(n) } else { B::R }
}
fn mke(n: u32) -> E {
    if n == 0 { E::N } else if n % 2 == 0 { E::T(n / 2, n as i32 - 10) } else { E::S { k: (n % 7) as u8, g: guard(n) } }
}
//@ args: opt 0
//@ args: opt 1
//@ args: opt 2
//@ args: opt 12
//@ args: opt 40
async fn opt(n: u32) -> u32 {
    let o = if n == 1 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(0) => 10,
        Some(1..=9) => 15,
        Some(k) => k + 100,
        None => 1,
    }
}
//@ args: chain 0
//@ args: chain 2
//@ args: chain 5
//@ args: chain 9
//@ args: chain 30
async fn chain(n: u32) -> u32 {
    let a = mka(n);
    yield_now().await;
    match a {
        A::X(0..=5) => 1,
        A::X(k) => k,
        A::Z(0..=3) => 7,
        A::Z(7..) => 8,
        A::Z(_) => 9,
        A::Y => 0,
    }
}
//@ args: exh 0
//@ args: exh 3
//@ args: exh 200
async fn exh(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n as u8) };
    yield_now().await;
    match o {
        Some(..=99) => 1,
        Some(100..200) => 2,
        Some(200..) => 3,
        None => 4,
    }
}
//@ args: deep 0
//@ args: deep 1
//@ args: deep 3
//@ args: deep 9
//@ args: deep 11
async fn deep(n: u32) -> u32 {
    let b = mkb(n);
    yield_now().await;
    match b {
        B::P(A::X(..10)) => 1,
        B::Q(1..=2) => 2,
        B::P(A::X(k)) => k,
        B::P(A::Z(5..=9)) => 4,
        _ => 5,
    }
}
//@ args: two 0
//@ args: two 2
//@ args: two 4
//@ args: two 12
//@ args: two 30
async fn two(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::T(1..=3, ..0) => 1,
        E::T(_, 0..=5) => 2,
        E::T(k, -10..=-1) => k + 10,
        E::T(k, _) => k + 20,
        _ => 0,
    }
}
//@ args: sv 1
//@ args: sv 3
//@ args: sv 5
//@ args: sv 13
async fn sv(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    let r = match e {
        E::S { k: 0..=2, g } => { let h = g; yield_now().await; 1 }
        E::S { k: 3, .. } => 2,
        E::S { k: 4.., .. } => 3,
        E::T(..) => 4,
        E::N => 5,
    };
    yield_now().await;
    r
}
//@ args: strukt 0
//@ args: strukt 5
//@ args: strukt 50
async fn strukt(n: u32) -> u32 {
    let p = Pair { a: n, b: 3 - n as i32 };
    let q = P(n as u8, n);
    yield_now().await;
    let x = match p {
        Pair { a: 0..=4, b } => b as u32,
        Pair { a: 5..=9, b: ..0 } => 2,
        Pair { a, .. } => a,
    };
    let y = match q {
        P(0..=9, k) => k,
        P(10.., 0..=100) => 1,
        P(_, k) => k + 1,
    };
    x + y
}
//@ args: arm_await 0
//@ args: arm_await 4
//@ args: arm_await 8
async fn arm_await(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    match o {
        Some(1..=5) => { let g = guard(n); yield_now().await; observe(n); 1 }
        Some(k) => k,
        None => 0,
    }
}
