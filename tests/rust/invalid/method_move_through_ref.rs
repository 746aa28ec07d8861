// invalid: a `self` method through a reference moves out of it (E0507)
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
    fn into_n(self) -> u32 { self.n }
}
fn f(c: &Counter) -> u32 {
    c.into_n() //~ ERROR cannot move out of `*c` which is behind a shared reference
}
