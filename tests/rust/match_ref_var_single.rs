// covers (temp37): a single `&p` arm against `&r` with r a `&T` variable (rustc: the `&` peels the written
// borrow, p is matched against r's `&T` with default binding modes, its bindings by reference): `&Some(x)`,
// `&None`, `&P { a, b: 0 }`, `&E::A(x, _)` beside a `&&E::B(y)` arm (y by value), in `if let`, in a sync fn
// and across an await in an async fn
struct P { a: u32, b: u32 }
enum E { A(u32, u32), B(u32) }
fn f(r: &Option<u32>) -> u32 {
    match &r {
        &Some(x) => *x + 1,
        _ => 0,
    }
}
fn g(r: &P) -> u32 {
    match &r { &P { a, b: 0 } => *a, &P { b, .. } => *b }
}
fn h(r: &E) -> u32 {
    match &r { &E::A(x, _) => *x, &&E::B(y) => y }
}
fn k(r: &Option<u32>) -> u32 {
    if let &Some(x) = &r { *x } else { 5 }
}
//@ args: foo 3
async fn foo(n: u32) -> u32 {
    let o = Some(n);
    let r = &o;
    let p = P { a: n, b: 0 };
    let q = &p;
    let e = if n > 2 { E::A(n, 1) } else { E::B(n) };
    let re = &e;
    let s = match &r { &Some(x) => { yield_now().await; *x }, &None => 0 };
    s + f(r) + g(q) + h(re) + k(r)
}
