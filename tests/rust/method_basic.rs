// covers: impl blocks on a struct item: an associated fn (`S::new`), `&self`, `&mut self` and `self` methods,
// async methods (`self` a reference held across awaits in the future), method calls with auto-ref and
// reborrows of reference receivers, path calls `S::m(&s)`, `Self`
struct Counter { n: u32, g: Guard }
impl Counter {
    fn new(n: u32) -> Self {
        Counter { n: n, g: guard(n) }
    }
    fn get(&self) -> u32 {
        self.n
    }
    fn bump(&mut self, by: u32) {
        self.n += by;
    }
    fn into_n(self) -> u32 {
        self.n
    }
    async fn wait_get(&self) -> u32 {
        yield_now().await;
        self.n + 1
    }
    async fn wait_bump(&mut self) {
        self.bump(2);
        yield_now().await;
        self.n = self.get() * 2;
    }
    async fn consume(self, x: u32) -> u32 {
        yield_now().await;
        self.n + x
    }
}
async fn methods(x: u32) -> u32 {
    let mut c = Counter::new(x & 255);
    c.bump(1);
    let r = &mut c;
    r.bump(3);
    r.wait_bump().await;
    let a = c.wait_get().await;
    let b = Counter::get(&c);
    let s = &c;
    observe(s.get() + a + b);
    let d = Counter::new(7).consume(1).await;
    c.into_n() + d
}
