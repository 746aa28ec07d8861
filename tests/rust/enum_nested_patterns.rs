// covers: nested variant patterns (issue 22 item 4), lowered as rustc's match tree: an enum in an enum
// item's payload matched in one pattern (`B::P(A::X(k))`), a variant with two enum fields (the first
// candidate's first pair tested first, the others bucketed until one does not test that place), a Guard
// moved out of the inner enum (a nested move path; an await in the arm), a struct variant's field
// pattern (`M::Ping { inner: A::Y, g }`), Option of an enum and Option<Option<u8>>, a struct's enum
// field matched in place, or-patterns of flat variants beside nested ones, a non-move async block
// reading the enum (bindings copied through nested downcasts), an async move block, a nested move on
// one path only (a drop flag), an array element matched
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
enum H { G(Guard), N }
enum W { In(H), Out }
enum D { Two(A, A), N }
enum G { H(Guard), E }
enum M { Cmd(G, u8), Ping { inner: A, g: Guard }, Quit }
struct Drv { id: u8, st: B }
fn mka(n: u32) -> A { if n % 3 == 0 { A::X(n) } else if n % 3 == 1 { A::Y } else { A::Z(n as u8) } }
fn mkd(n: u32) -> D { if n == 0 { D::N } else { D::Two(mka(n), mka(n / 3)) } }
fn mkm(n: u32) -> M {
    if n == 0 { M::Quit } else if n % 2 == 0 { M::Cmd(if n > 4 { G::H(guard(n)) } else { G::E }, n as u8) } else { M::Ping { inner: mka(n), g: guard(n + 100) } }
}
//@ args: two 0
//@ args: two 1
//@ args: two 3
//@ args: two 5
//@ args: two 9
async fn two(n: u32) -> u32 {
    let d = mkd(n);
    yield_now().await;
    match d {
        D::Two(A::X(a), A::Y) => a,
        D::Two(A::Z(z), A::Y) => z as u32 + 100,
        D::Two(_, A::X(b)) => b + 200,
        D::Two(A::Y, _) => 7,
        _ => 8,
    }
}
//@ args: msgs 0
//@ args: msgs 2
//@ args: msgs 6
//@ args: msgs 3
//@ args: msgs 7
async fn msgs(n: u32) -> u32 {
    let m = mkm(n);
    yield_now().await;
    let r = match m {
        M::Cmd(G::H(g), k) => { observe(k as u32); yield_now().await; 1 }
        M::Cmd(G::E, k) => k as u32,
        M::Ping { inner: A::X(v), .. } => v,
        M::Ping { inner: A::Y, g } => { let h = g; 3 }
        M::Ping { .. } => 4,
        M::Quit => 5,
    };
    yield_now().await;
    r
}
//@ args: opt 0
//@ args: opt 1
//@ args: opt 3
async fn opt(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(mka(n)) };
    let oo: Option<Option<u8>> = if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(n as u8)) };
    yield_now().await;
    let a = match o { Some(A::X(v)) => v, Some(_) => 1, None => 2 };
    let b = match oo { Some(Some(v)) => v as u32, Some(None) => 10, None => 20 };
    a + b
}
//@ args: field 0
//@ args: field 3
//@ args: field 4
async fn field(n: u32) -> u32 {
    let d = Drv { id: 2, st: if n == 0 { B::R } else { B::P(mka(n)) } };
    yield_now().await;
    match d.st {
        B::P(A::X(v)) => v + d.id as u32,
        B::P(A::Y) => 1,
        _ => 2,
    }
}
fn mkb(n: u32) -> B {
    if n > 2 { B::P(if n > 5 { A::X(n) } else { A::Z(n as u8) }) } else if n > 0 { B::Q(n) } else { B::R }
}
//@ args: orp 0
//@ args: orp 1
//@ args: orp 4
//@ args: orp 7
async fn orp(n: u32) -> u32 {
    let b = mkb(n);
    yield_now().await;
    match b {
        B::P(A::X(k)) => k,
        B::Q(_) | B::R => 1,
        B::P(_) => 2,
    }
}
//@ args: orp2 0
//@ args: orp2 4
async fn orp2(n: u32) -> u32 {
    let b = mkb(n);
    yield_now().await;
    match b {
        B::R | B::Q(_) => 1,
        B::P(A::X(k)) => k,
        _ => 3,
    }
}
//@ args: cap 0
//@ args: cap 4
//@ args: cap 7
async fn cap(n: u32) -> u32 {
    let b = mkb(n);
    let blk = async {
        yield_now().await;
        match b { B::P(A::X(k)) => k, B::P(A::Z(z)) => z as u32, _ => 9 }
    };
    let r = blk.await;
    yield_now().await;
    r
}
//@ args: capmove 0
//@ args: capmove 7
async fn capmove(n: u32) -> u32 {
    let b = mkb(n);
    let blk = async move {
        yield_now().await;
        match b { B::P(A::X(k)) => k, B::Q(q) => q, _ => 9 }
    };
    blk.await
}
//@ args: moves 0
//@ args: moves 1
//@ args: moves 2
async fn moves(n: u32) -> u32 {
    let w = if n == 0 { W::Out } else if n == 1 { W::In(H::N) } else { W::In(H::G(guard(n))) };
    yield_now().await;
    if n > 1 {
        match w { W::In(H::G(g)) => { observe(5); yield_now().await; } _ => {} }
    }
    yield_now().await;
    n
}
//@ args: arr 0
//@ args: arr 1
async fn arr(i: usize) -> u32 {
    let a = [mkb(7), mkb(1)];
    yield_now().await;
    match a[i] { B::P(A::X(k)) => k, B::Q(q) => q, _ => 0 }
}
