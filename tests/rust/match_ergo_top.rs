// covers: a binding at the top of an arm through a reference under match ergonomics (issue 22,
// ergo29): `v @ Some(_)` / `other =>` / `w @ S { .. }` / `k @ 1..=5` on `&o`, `&mut m` and a `&T` variable,
// `if let y @ Some(3..) = &o`, in async blocks (`w` of `&mut m` held across an await): the binding is the
// reference itself (rustc's `_v = copy _2` / `move _2`)
enum St { Idle, Busy(u32), Done { code: u8 } }
struct S { k: u32, v: u32 }
fn opt(n: u32) -> Option<u32> {
    if n % 3 == 0 { None } else { Some(n) }
}
fn st(n: u32) -> St {
    if n == 0 { St::Idle } else if n % 2 == 0 { St::Busy(n) } else { St::Done { code: n as u8 } }
}
fn peek(o: &Option<u32>) -> u32 {
    match o { Some(x) => *x, None => 100 }
}
fn code(s: &St) -> u32 {
    match s { St::Idle => 0, St::Busy(t) => *t, St::Done { code } => *code as u32 }
}
//@ args: tops 0
//@ args: tops 4
//@ args: tops 5
async fn tops(n: u32) -> u32 {
    let o = opt(n);
    let a = match &o { v @ Some(_) => peek(v), None => 1 };
    let s = st(n);
    let b = match &s { St::Idle => 2, other => code(other) + 3 };
    let mut m = S { k: n, v: 1 };
    let c = match &mut m { w @ S { k: 0, .. } => { w.v += 5; w.v } S { k, .. } => { *k += 1; *k } };
    yield_now().await;
    let r = &s;
    let d = match r { St::Busy(1..=3) => 4, x => code(x) };
    let e = if let y @ Some(3..) = &o { peek(y) } else { 6 };
    a + b + c + d + e + m.k
}
//@ args: cap 0
//@ args: cap 4
async fn cap(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    let r = &o;
    let a = match r { Some(3) => 1, other => peek(other) };
    let mut m = Some(n);
    let b = async { match &mut m { Some(0) => 2, w => { yield_now().await; match w { Some(x) => { *x += 1; *x } None => 5 } } } }.await;
    let c = match &n { k @ 1..=5 => *k, _ => 0 };
    let d = async move { match &o { v @ Some(_) => peek(v), None => 9 } }.await;
    a + b + c + d
}
