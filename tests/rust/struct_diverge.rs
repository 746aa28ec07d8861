// covers: a struct literal whose field diverges (return inside it: the fields built before it are
// dropped, the literal is never assigned), in a sync fn and across an await
//@ args: h true
//@ args: h false
struct P { a: u32, g: Guard }
fn f() -> u32 { let p = P { a: return 3, g: guard(1) }; p.a }
async fn h(c: bool) -> u32 { let p = P { g: guard(2), a: if c { return 4 } else { 5 } }; yield_now().await; p.a }
