// covers: reference patterns inside a pattern (issue 22, ergo29): `Some(&x)`, `Some(&0)`, `Some(&_)`, `Some(&mut y)`,
// `Some(&mut 5)`, `Some(&E::A(x))` / `Some(&E::B { v, .. })`, `Some(&k @ 1..=4)` on Option<&T> / Option<&mut T>, in
// `match`, `if let`, through `&r` (the default mode reset to by-value under `&`) and in an async block
enum E { A(u32), B { k: u8, v: u32 }, C }
fn refopt(o: &Option<u32>) -> Option<&u32> {
    match o { Some(x) => Some(x), None => None }
}
//@ args: nest 0
//@ args: nest 1
//@ args: nest 4
async fn nest(n: u32) -> u32 {
    let o = if n % 3 == 0 { None } else { Some(n) };
    let p = refopt(&o);
    let a = match p { Some(&x) => x + 1, None => 0 };
    let b = match p { Some(&0) => 5, Some(&2) => 6, Some(&_) => 7, None => 8 };
    let c = if let Some(&y) = p { y * 2 } else { 9 };
    yield_now().await;
    let d = match &p { Some(&z) => z + 3, None => 10 };
    a + b + c + d
}
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 0 { E::A(n) } else { E::B { k: (n % 9) as u8, v: n } }
}
//@ args: nest2 0
//@ args: nest2 3
//@ args: nest2 4
async fn nest2(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(mke(n)) };
    let p = match &o { Some(e) => Some(e), None => None };
    let a = match p { Some(&E::A(x)) => x, Some(&E::B { v, .. }) => v + 1, Some(&E::C) => 2, None => 3 };
    let mut m = n;
    let q = Some(&mut m);
    let b = match q { Some(&mut 5) => 50, Some(&mut y) => y, None => 0 };
    yield_now().await;
    let r = Some(&n);
    let c = match r { Some(&k @ 1..=4) => k * 3, Some(&_) => 1, None => 0 };
    let d = async { match p { Some(&E::A(z)) => z + 7, _ => 8 } }.await;
    let e = match &r { Some(&t) => t + 1, None => 0 };
    a + b + c + d + e
}
