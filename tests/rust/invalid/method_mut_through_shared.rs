// invalid: a `&mut self` method through a shared reference (E0596)
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
    fn into_n(self) -> u32 { self.n }
}
fn f(c: &Counter) {
    c.bump(1); //~ ERROR cannot borrow `*c` as mutable, as it is behind a `&` reference
}
