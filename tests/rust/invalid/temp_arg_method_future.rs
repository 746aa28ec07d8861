// invalid: an async method's future holding a borrow of a statement's temporary, awaited later in a loop
// (rustc E0716 at the temporary; tempref36)
struct S { a: u32 }
impl S { async fn am(&self, r: &u32) -> u32 { yield_now().await; self.a + *r } }
fn mk(n: u32) -> u32 { n + 1 }
async fn f(n: u32) -> u32 {
    let s = S { a: n };
    let mut t = 0;
    let mut i = 0;
    while i < n {
        let fut = s.am(&mk(i)); //~ ERROR [E0716] temporary value dropped while borrowed
        t += fut.await;
        i += 1;
    }
    t
}
