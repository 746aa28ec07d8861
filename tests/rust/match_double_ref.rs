// covers (pat35): `match &&o` / `if let` / `while let` through two written shared borrows with bindings
// (default binding modes peel both references: a binding is `&T`, `&&p` arms bind by value), held across
// awaits, in an async block capturing the scrutinee, on an enum and a struct; rustc's scrutinee is the
// written `&&o` (`_5 = &_2; _4 = &_5; PlaceMention(_4)`), the tests on `(*(*_4))`
struct S { a: u32, b: u32 }
enum E { A(u32), B { k: u32 }, C }
fn m1(n: u32) -> u32 {
    let o = Some(n);
    match &&o { Some(x) => *x, None => 0 }
}
fn m2(n: u32) -> u32 {
    let o = Some(n);
    if let Some(x) = &&o { *x + 1 } else { 2 }
}
fn m3(n: u32) -> u32 {
    let e = if n > 4 { E::A(n) } else if n > 2 { E::B { k: n } } else { E::C };
    match &&e { &&E::A(v) => v, E::B { k } => *k + 1, E::C => 7 }
}
fn m4(n: u32) -> u32 {
    let s = S { a: n, b: 3 };
    let t = match &&s { S { a: 0, .. } => 1, S { a, b } if *a > 5 => *a + *b, S { b, .. } => *b };
    t
}
fn m5(n: u32) -> u32 {
    let mut o = Some(n);
    let mut c = 0;
    while let Some(x) = &&o {
        c += *x;
        o = if *x > 1 { Some(*x - 2) } else { None };
    }
    c
}
//@ args: foo 3
//@ args: foo 6
async fn foo(n: u32) -> u32 {
    let o = Some(n);
    let k = match &&o { Some(x) => { yield_now().await; *x } None => 0 };
    let w = async { if let Some(y) = &&o { yield_now().await; *y + 1 } else { 0 } }.await;
    k + w + m1(n) + m2(n) + m3(n) + m4(n) + m5(n)
}
