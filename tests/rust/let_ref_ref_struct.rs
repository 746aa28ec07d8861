// covers (pat35): `let &&P = e;` with P a struct, tuple-struct or variant pattern matched through two
// shared references (rustc's two PatKind::Ref: the initializer mentioned, P's bindings from
// `(*(*e))`): through a `&&S` parameter, a written `&&w`, a `&&S` local held across an await, in an async
// block
struct S { a: u32, b: u32 }
struct W(u32, u8);
fn one(r: &&S) -> u32 { let &&S { a, .. } = r; a }
fn two(n: u32) -> u32 { let w = W(n, 3); let &&W(x, y) = &&w; x + y as u32 }
//@ args: foo 3
async fn foo(n: u32) -> u32 {
    let s = S { a: n, b: 5 };
    let r = &s;
    let rr = &r;
    yield_now().await;
    let &&S { b, .. } = rr;
    let t = async { let w = W(n, 1); let q = &w; let &&W(c, _) = &q; yield_now().await; c }.await;
    b + one(&r) + two(n) + t
}
