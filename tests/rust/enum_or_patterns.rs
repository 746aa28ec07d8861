// covers: or-patterns with bindings and with nested patterns (issue 22 item 4), lowered as rustc 1.95's
// match tree: an or-pattern's alternatives are subcandidates; without bindings they merge into one
// pre-binding block (merge_trivial_subcandidates), with bindings each stays a leaf with its own
// false-edge block, binding the first alternative's locals and going to the arm's block
// (bind_pattern). Bindings copied and moved (a Guard out of either variant, an await in the arm), in a
// first, middle and last arm, nested alternatives (`B::P(A::Y) | B::R`), literals in alternatives, an
// or-arm with a nested binding (`B::P(A::X(k)) | B::Q(k)`), alternatives binding in different orders, a
// non-move async block
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
enum E { One(u32), Two(u32, u8), Three { k: u32, g: Guard }, Four(Guard), None }
enum F { L(u32, u8), M(u8, u32), N }
fn mka(n: u32) -> A { if n % 3 == 0 { A::X(n) } else if n % 3 == 1 { A::Y } else { A::Z(n as u8) } }
fn mkb(n: u32) -> B {
    if n > 2 { B::P(mka(n)) } else if n > 0 { B::Q(n) } else { B::R }
}
fn mke(n: u32) -> E {
    match n % 5 { 0 => E::One(n), 1 => E::Two(n, 3), 2 => E::Three { k: n, g: guard(n) }, 3 => E::Four(guard(n + 1)), _ => E::None }
}
//@ args: first 0
//@ args: first 1
//@ args: first 4
async fn first(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::One(x) | E::Two(x, _) => x,
        E::Three { k, .. } => k + 100,
        _ => 7,
    }
}
//@ args: last 0
//@ args: last 1
//@ args: last 4
async fn last(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::None => 1,
        E::Three { .. } | E::Four(_) => 2,
        E::One(x) | E::Two(x, _) => x + 10,
    }
}
//@ args: guards 0
//@ args: guards 2
//@ args: guards 3
//@ args: guards 4
async fn guards(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    let r = match e {
        E::Three { g, .. } | E::Four(g) => { observe(1); yield_now().await; let h = g; 1 }
        E::One(_) => 2,
        _ => 3,
    };
    yield_now().await;
    r
}
//@ args: nested 0
//@ args: nested 1
//@ args: nested 3
//@ args: nested 4
//@ args: nested 5
async fn nested(n: u32) -> u32 {
    let b = mkb(n);
    yield_now().await;
    match b {
        B::P(A::Y) | B::R => 1,
        B::P(A::X(k)) | B::Q(k) => k + 20,
        B::P(A::Z(_)) => 3,
    }
}
//@ args: lits 0
//@ args: lits 1
//@ args: lits 2
//@ args: lits 6
async fn lits(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(1) | Some(2) | None => 1,
        Some(k) => k,
    }
}
//@ args: order 0
//@ args: order 1
//@ args: order 2
async fn order(n: u32) -> u32 {
    let f = if n == 0 { F::L(n + 1, 2) } else if n == 1 { F::M(3, n + 4) } else { F::N };
    yield_now().await;
    match f {
        F::L(a, b) | F::M(b, a) => a * 10 + b as u32,
        F::N => 0,
    }
}
//@ args: mid 0
//@ args: mid 1
//@ args: mid 3
async fn mid(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    let r = match e {
        E::None => 1,
        E::One(x) | E::Two(x, _) => x,
        E::Three { k, g } => { let h = g; k }
        E::Four(_) => 4,
    };
    r
}
//@ args: blk 0
//@ args: blk 1
async fn blk(n: u32) -> u32 {
    let e = mke(n);
    let b = async {
        yield_now().await;
        match e { E::One(x) | E::Two(x, _) => x, _ => 9 }
    };
    b.await
}
