// invalid: an async `&mut self` method's future holds the borrow until it is awaited (E0499)
struct Counter { n: u32 }
impl Counter {
    async fn bump(&mut self) -> u32 { yield_now().await; self.n += 1; self.n }
}
async fn f() -> u32 {
    let mut c = Counter { n: 0 };
    let first = c.bump();
    let second = c.bump(); //~ ERROR [E0499] cannot borrow `c` as mutable more than once at a time
    first.await + second.await
}
