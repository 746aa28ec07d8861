// covers (ergo30): a binding at the top of an arm through a `&mut T` *variable* under match
// ergonomics: `v @ Some(_)`, `other =>`, `w @ S { .. }`, `k @ 1..=5`, `if let y @ Some(3..) = r`, the
// other arms peeling (`Some(x)` a `ref mut x`): rustc's binding moves the reference (`_v = move _r`),
// which the arm writes through; a `&mut` local and a parameter, held across an await, in async blocks
enum St { Idle, Busy(u32), Done { code: u8 } }
struct S { k: u32, v: u32 }
fn opt(n: u32) -> Option<u32> {
    if n % 3 == 0 { None } else { Some(n) }
}
fn st(n: u32) -> St {
    if n == 0 { St::Idle } else if n % 2 == 0 { St::Busy(n) } else { St::Done { code: n as u8 } }
}
fn bump(o: &mut Option<u32>) -> u32 {
    match o { Some(x) => { *x += 1; *x } None => 100 }
}
fn peek(o: &Option<u32>) -> u32 {
    match o { Some(x) => *x, None => 50 }
}
fn code(s: &mut St) -> u32 {
    match s { St::Idle => 0, St::Busy(t) => { *t += 2; *t } St::Done { code } => *code as u32 }
}
//@ args: tops 0
//@ args: tops 4
//@ args: tops 5
async fn tops(n: u32) -> u32 {
    let mut o = opt(n);
    let r = &mut o;
    let a = match r { v @ Some(_) => bump(v), None => 1 };
    let mut s = st(n);
    let q = &mut s;
    let b = match q { St::Idle => 2, other => code(other) + 3 };
    let mut m = S { k: n, v: 1 };
    let t = &mut m;
    let c = match t { w @ S { k: 0, .. } => { w.v += 5; w.v } S { k, .. } => { *k += 1; *k } };
    yield_now().await;
    let mut p = n;
    let u = &mut p;
    let d = match u { k @ 1..=5 => { *k += 10; *k } _ => 0 };
    let z = &mut o;
    let e = if let y @ Some(3..) = z { bump(y) } else { 6 };
    a + b + c + d + e + m.k + p
}
//@ args: param 0
//@ args: param 4
//@ args: param 7
async fn param(n: u32) -> u32 {
    let mut o = opt(n);
    let a = through(&mut o).await;
    let mut s = st(n);
    let b = states(&mut s, n).await;
    let c = block(n + 1).await;
    a + b + c + peek(&o)
}
async fn through(o: &mut Option<u32>) -> u32 {
    yield_now().await;
    match o {
        Some(3) => 3,
        other => { yield_now().await; bump(other) }
    }
}
async fn states(s: &mut St, n: u32) -> u32 {
    let a = match s { v @ St::Busy(_) => code(v), St::Idle => 7, St::Done { code } => { *code += 1; *code as u32 } };
    a + n
}
//@ args: block 0
//@ args: block 3
async fn block(n: u32) -> u32 {
    let mut s = st(n);
    let b = async { let q = &mut s; match q { St::Idle => 1, w => { yield_now().await; code(w) } } }.await;
    b + code(&mut s)
}
