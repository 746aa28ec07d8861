// covers: `let &P = e;` with P a struct, tuple-struct or variant pattern (refref33: rustc's PatKind::Ref in a
// `let`, the initializer mentioned and the pattern matched through its deref), `&mut W(x, y)`, through a
// `&S` parameter and a `&S` local held across an await, beside `&E::A(v)` arms of a match, in an async
// block capturing the struct by reference
struct S { a: u32, b: u32 }
enum E { A(u32), B { k: u32 } }
struct W(u32, u8);
fn one(s: &S) -> u32 { let &S { a, .. } = s; a }
fn two(n: u32) -> u32 { let s = S { a: n, b: 2 }; let &S { a, b } = &s; a + b }
fn three(n: u32) -> u32 { let mut w = W(n, 3); let &mut W(x, y) = &mut w; x + y as u32 }
//@ args: foo 3
async fn foo(n: u32) -> u32 {
    let s = S { a: n, b: 5 };
    let r = &s;
    yield_now().await;
    let &S { b, .. } = r;
    let e = E::A(n);
    let k = match &e { &E::A(v) => v, &E::B { k } => k };
    yield_now().await;
    let t = async { let &S { a, .. } = &s; yield_now().await; let w = W(a, 1); let &W(c, _) = &w; a + c }.await;
    b + one(&s) + two(n) + three(n) + k + t
}
