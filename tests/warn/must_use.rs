// covers: unused_must_use on expression statements: an async fn's call, an async block, a
// `Result`, arithmetic, comparison, logical, bitwise and unary operations, a borrow.
async fn g() -> u32 { 1 }
fn r(a: u32) -> Result<u32, u32> { Ok(a) }
struct S { k: u32 }
impl S {
    async fn m(&self) -> u32 { self.k }
}
async fn f(q: u32) -> u32 {
    g();
    async { 1 };
    r(1);
    q + 1;
    q == 1;
    q > 1 && q < 2;
    q & 3;
    q << 1;
    !true;
    &q;
    let s = S { k: q };
    s.m();
    observe(q);
    g().await;
    0
}
