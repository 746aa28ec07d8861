// covers: or-patterns in `if let` and `while let` (issue 22 item 4): `if let E::A(x) | E::B(x, _) = e`, lowered
// as rustc 1.95's lower_let_expr of an or-candidate: without bindings the alternatives join in one leaf (one
// false edge), with bindings each is a leaf with its own false edge (the last one's to the otherwise block),
// binding the first alternative's locals and going to the then-block; nested alternatives, literals, a Guard
// moved out by either alternative (an await after), struct patterns as alternatives, a while-let
enum E { A(u32), B(u32, u8), C { k: u32, g: Guard }, D(Guard), N }
enum I { X(u8), Y }
enum O { P(I), Q(u32), R }
struct P(u8, u32);
fn mke(n: u32) -> E {
    match n % 5 { 0 => E::A(n), 1 => E::B(n, 3), 2 => E::C { k: n, g: guard(n) }, 3 => E::D(guard(n + 1)), _ => E::N }
}
fn mko(n: u32) -> O { if n > 2 { O::P(if n % 2 == 0 { I::X(n as u8) } else { I::Y }) } else if n > 0 { O::Q(n) } else { O::R } }
//@ args: bind 0
//@ args: bind 1
//@ args: bind 4
async fn bind(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    if let E::A(x) | E::B(x, _) = e { x } else { 7 }
}
//@ args: nobind 0
//@ args: nobind 3
//@ args: nobind 4
async fn nobind(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    if let E::N | E::A(_) = e { 1 } else { yield_now().await; 2 }
}
//@ args: guard_mv 2
//@ args: guard_mv 3
//@ args: guard_mv 0
async fn guard_mv(n: u32) -> u32 {
    let e = mke(n);
    if let E::C { g, .. } | E::D(g) = e { yield_now().await; let h = g; 5 } else { 6 }
}
//@ args: nested 0
//@ args: nested 1
//@ args: nested 3
//@ args: nested 4
async fn nested(n: u32) -> u32 {
    let o = mko(n);
    yield_now().await;
    let a = if let O::P(I::X(_)) | O::P(I::Y) | O::R = o { 1 } else { 2 };
    let b = if let O::P(I::X(3)) | O::Q(1) = mko(n) { 10 } else { 20 };
    a + b
}
//@ args: lits 0
//@ args: lits 2
//@ args: lits 5
async fn lits(n: u32) -> u32 {
    let t = P((n % 4) as u8, n);
    yield_now().await;
    if let P(0, x) | P(2, x) = t { x } else { 3 }
}
//@ args: wl 3
async fn wl(n: u32) -> u32 {
    let mut o = mko(n);
    let mut c = 0;
    while let O::Q(_) | O::P(I::X(_)) | O::R = o {
        c += 1;
        yield_now().await;
        o = if c > 2 { O::P(I::Y) } else { O::Q(c) };
    }
    c
}
