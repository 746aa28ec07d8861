// covers (pat36): `match &r` / `if let .. = &r` / `while let` with r a `&T` variable (a `&&T` scrutinee:
// default binding modes peel both references, rustc's `_2 = &_1; PlaceMention(_2)`, the tests on
// `(*(*_2))`), `&&p` arms (`&&y` binds the value), guards, across an await, in an async block; and matches whose arms are all `_` on a reference
// (`&o`, `&&o`, `r`, `&r`: rustc's PlaceMention of the scrutinee, no test)
struct S { a: u32, b: u32 }
enum E { A(u32), B { k: u32 }, C }
fn r1(r: &Option<u32>) -> u32 {
    match &r { Some(x) => *x, None => 0 }
}
fn r2(r: &E) -> u32 {
    if let E::A(v) = &r { *v + 1 } else { 3 }
}
fn r3(r: &E) -> u32 {
    match &r { &&E::A(v) => v, E::B { k } if *k > 4 => *k + 1, E::B { .. } => 2, E::C => 7 }
}
fn r4(n: u32) -> u32 {
    let s = S { a: n, b: 3 };
    let r = &s;
    let t = match &r { S { a: 0, .. } => 1, S { a, b } => *a + *b };
    t
}
fn r5(n: u32) -> u32 {
    let o = if n > 2 { Some(n) } else { None };
    let r = &o;
    let mut c = 0;
    while let Some(x) = &r {
        c += *x + 1;
        if c > 9 { break; }
    }
    c
}
fn r6(n: u32) -> u32 {
    let x = n + 1;
    let r = &x;
    let a = match &r { &&1 => 9, &&y => y * 2 };
    let b = match &r { &&y => { let _ = y; 3 } };
    a + b
}
fn w1(n: u32) -> u32 {
    let o = Some(n);
    match &o { _ => 4 }
}
fn w2(n: u32) -> u32 {
    let o = Some(n);
    match &&o { _ => 5 }
}
fn w3(n: u32) -> u32 {
    let o = Some(n);
    let r = &o;
    let a = match r { _ => 6 };
    let b = match &r { _ if n > 3 => 1, _ => 2 };
    a + b
}
async fn blk(n: u32) -> u32 {
    let o = Some(n);
    async { let r = &o; let k = match &r { Some(x) => *x, None => 0 }; yield_now().await; k + match &r { _ => 1 } }.await
}
//@ args: foo 3
//@ args: foo 6
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let o = if n > 0 { Some(n) } else { None };
    let e = if n > 4 { E::A(n) } else if n > 2 { E::B { k: n + 2 } } else { E::C };
    let r = &o;
    let k = match &r { Some(x) => { yield_now().await; *x } None => 0 };
    k + r1(&o) + r2(&e) + r3(&e) + r4(n) + r5(n) + r6(n) + w1(n) + w2(n) + w3(n) + blk(n).await
}
