// covers: enum items (unit, tuple and struct variants; a Guard payload), variant values, `match` on an
// enum with bindings by value of Copy fields, `_` and `..`, a `_` arm, or-patterns without bindings,
// enums across awaits (a saved local of the coroutine), an enum returned by an async fn
enum E { A, B(u32, u8), C { x: u32, g: Guard } }
enum Cmd { Stop, Go(u16), Turn { deg: i32 } }
//@ args: copies 0
//@ args: copies 5
//@ args: copies 9
async fn copies(x: u32) -> u32 {
    let e = E::B(x, 3);
    yield_now().await;
    match e {
        E::A => 1,
        E::B(a, b) => a + b as u32,
        E::C { x, .. } => x,
    }
}
async fn guard_payload(x: u32) -> u32 {
    let e = E::C { x, g: guard(1) };
    yield_now().await;
    let r = match e {
        E::A => 1,
        E::B(a, _) => a,
        E::C { x, g: _ } => { observe(x); x }
    };
    yield_now().await;
    r
}
fn pick(n: u32) -> Cmd {
    if n == 0 { Cmd::Stop } else if n < 10 { Cmd::Go(n as u16) } else { Cmd::Turn { deg: 90 } }
}
//@ args: wild 0
//@ args: wild 3
//@ args: wild 12
async fn wild(n: u32) -> u32 {
    let c = pick(n);
    yield_now().await;
    match c {
        Cmd::Go(s) => s as u32,
        _ => 7,
    }
}
//@ args: or_arm 0
//@ args: or_arm 4
//@ args: or_arm 20
async fn or_arm(n: u32) -> u32 {
    let c = pick(n);
    match c {
        Cmd::Stop | Cmd::Turn { .. } => { yield_now().await; 2 }
        Cmd::Go(s) => { observe(s as u32); 3 }
    }
}
//@ args: returns 0
//@ args: returns 1
async fn returns(n: u32) -> Cmd {
    yield_now().await;
    if n == 0 { Cmd::Turn { deg: -5 } } else { Cmd::Go(1) }
}
async fn awaits_returned() -> u32 {
    let c = returns(0).await;
    match c {
        Cmd::Turn { deg } => { observe(deg as u32); 1 }
        Cmd::Go(_) | Cmd::Stop => 0,
    }
}
