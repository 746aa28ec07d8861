// covers: nested patterns in `if let` / `while let` (issue 22 item 4), lowered as rustc 1.95's
// lower_let_expr of one refutable candidate: an Option of a Result (`if let Some(Ok(x)) = r`), a nested
// variant of an enum item with a binding beside it, a literal inside (`Some(0)`, `Ok(true)`), a Guard
// moved out through two downcasts on the taken branch (an await there), an else branch and an else-if
// chain, `while let` over a nested pattern with an await in the body, an if-let right after an await, a
// non-move async block
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
enum H { G(Guard), N }
fn mka(n: u32) -> A { if n % 3 == 0 { A::X(n) } else if n % 3 == 1 { A::Y } else { A::Z(n as u8) } }
fn mkb(n: u32) -> B {
    if n > 2 { B::P(mka(n)) } else if n > 0 { B::Q(n) } else { B::R }
}
fn mkr(n: u32) -> Option<Result<u32, u8>> {
    if n == 0 { None } else if n % 2 == 0 { Some(Ok(n)) } else { Some(Err(n as u8)) }
}
//@ args: optres 0
//@ args: optres 1
//@ args: optres 4
async fn optres(n: u32) -> u32 {
    let r = mkr(n);
    yield_now().await;
    if let Some(Ok(x)) = r { x + 1 } else { 0 }
}
//@ args: chain 0
//@ args: chain 3
//@ args: chain 4
//@ args: chain 5
async fn chain(n: u32) -> u32 {
    let b = mkb(n);
    yield_now().await;
    if let B::P(A::X(k)) = b {
        k
    } else if let B::P(A::Z(z)) = b {
        z as u32 + 50
    } else {
        7
    }
}
//@ args: lit 0
//@ args: lit 1
//@ args: lit 2
async fn lit(n: u32) -> u32 {
    let o = if n == 2 { None } else { Some(n) };
    let r: Result<bool, u8> = if n == 0 { Ok(true) } else { Err(1) };
    yield_now().await;
    let mut v = 0;
    if let Some(0) = o { v += 1; }
    if let Ok(true) = r { v += 10; }
    v
}
//@ args: mv 0
//@ args: mv 1
//@ args: mv 2
async fn mv(n: u32) -> u32 {
    let o = if n == 0 { None } else if n == 1 { Some(H::N) } else { Some(H::G(guard(n))) };
    yield_now().await;
    if let Some(H::G(g)) = o {
        observe(1);
        yield_now().await;
        let h = g;
    }
    yield_now().await;
    n
}
//@ args: wl 0
//@ args: wl 3
//@ args: wl 6
async fn wl(n: u32) -> u32 {
    let mut i = n;
    let mut sum = 0;
    while let B::P(A::X(k)) = mkb(i) {
        sum += k;
        yield_now().await;
        i = i / 2;
    }
    sum
}
//@ args: wlit 0
//@ args: wlit 4
async fn wlit(n: u32) -> u32 {
    let mut o = Some(n);
    let mut c = 0;
    while let Some(4) = o {
        c += 1;
        yield_now().await;
        o = None;
    }
    c
}
//@ args: after 0
//@ args: after 3
async fn after(n: u32) -> u32 {
    yield_now().await;
    if let Some(Some(k)) = if n == 0 { None } else { Some(Some(n)) } { k } else { 2 }
}
//@ args: blk 0
//@ args: blk 4
async fn blk(n: u32) -> u32 {
    let r = mkr(n);
    let b = async {
        yield_now().await;
        if let Some(Ok(x)) = r { x } else { 9 }
    };
    b.await
}
