// covers: or-patterns inside patterns (issue 22 item 4), lowered as rustc 1.95's or-candidates: literal
// alternatives of a variant's field (`Some(1 | 2)`, merged into one leaf), an or-pattern beside a binding
// (`E::A(0 | 1, x)`), an or-pattern tested after the other fields (`E::A(0 | 1, 5)`), variant
// alternatives binding on every alternative (`Some(E::A(x) | E::B(x))`, one leaf each), a struct
// pattern's field (`S { a: 0 | 1, .. }`), two or-patterns in one pattern, a Guard moved out of a
// binding alternative across an await, `if let` / `while let` with an or-pattern inside
enum E { A(u32, u32), B(u32), C }
struct S { a: u32, b: bool }
enum G { P(Guard), Q(u32, Guard), R }
fn mke(n: u32) -> E { if n % 3 == 0 { E::A(n % 4, n % 7) } else if n % 3 == 1 { E::B(n) } else { E::C } }
fn mkg(n: u32) -> G { if n % 3 == 0 { G::P(guard(n)) } else if n % 3 == 1 { G::Q(n, guard(n + 1)) } else { G::R } }
//@ args: lits 0
//@ args: lits 1
//@ args: lits 2
//@ args: lits 3
async fn lits(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(1 | 2) => 10,
        Some(k) => k,
        None => 0,
    }
}
//@ args: beside 0
//@ args: beside 3
//@ args: beside 4
//@ args: beside 9
//@ args: beside 12
async fn beside(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::A(0 | 1, x) => x + 100,
        E::A(2 | 3, 5) => 7,
        E::A(_, y) => y,
        E::B(3 | 4) | E::C => 1,
        E::B(k) => k + 1000,
    }
}
//@ args: alts 0
//@ args: alts 1
//@ args: alts 2
//@ args: alts 3
async fn alts(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(mke(n)) };
    yield_now().await;
    let r = match o {
        Some(E::A(x, _) | E::B(x)) => { yield_now().await; x }
        Some(E::C) => 5,
        None => 6,
    };
    r
}
//@ args: st 0
//@ args: st 1
//@ args: st 2
//@ args: st 5
async fn st(n: u32) -> u32 {
    let s = S { a: n, b: n % 2 == 0 };
    yield_now().await;
    match s {
        S { a: 0 | 1, b: true } => 1,
        S { a: 2 | 5, .. } => 2,
        S { a, .. } => a + 3,
    }
}
//@ args: moved 0
//@ args: moved 1
//@ args: moved 2
async fn moved(n: u32) -> u32 {
    let g = mkg(n);
    yield_now().await;
    match g {
        G::P(h) | G::Q(_, h) => { yield_now().await; let k = h; 1 }
        G::R => 2,
    }
}
//@ args: twice 0
//@ args: twice 1
//@ args: twice 4
//@ args: twice 6
async fn twice(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::A(0 | 2, 1 | 6) => 1,
        E::A(1 | 3, _) => 2,
        _ => 3,
    }
}
//@ args: lets 0
//@ args: lets 1
//@ args: lets 3
async fn lets(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(mke(n)) };
    yield_now().await;
    let mut t = 0;
    if let Some(E::A(x, _) | E::B(x)) = o { t = x; }
    let mut i = 0;
    while let Some(1 | 2) = if i < 3 { Some(i + 1) } else { None } { i += 1; yield_now().await; }
    t + i
}
