// invalid: an async `&self` method's future holds the borrow across the assignment (E0506)
struct Counter { n: u32 }
impl Counter {
    async fn read(&self) -> u32 { yield_now().await; self.n }
}
async fn f() -> u32 {
    let mut c = Counter { n: 0 };
    let fut = c.read();
    c.n = 2; //~ ERROR [E0506] cannot assign to `c.n` because it is borrowed
    fut.await
}
