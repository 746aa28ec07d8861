// invalid: a use of a moved struct after a `self` method took it (E0382)
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
    fn into_n(self) -> u32 { self.n }
}
fn f(c: Counter) -> u32 {
    let a = c.into_n();
    c.get() //~ ERROR borrow of moved value: `c`
}
