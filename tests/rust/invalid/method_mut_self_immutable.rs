// invalid: a `&mut self` method on an immutable binding (E0596)
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
    fn into_n(self) -> u32 { self.n }
}
fn f() {
    let c = Counter { n: 1 };
    c.bump(1); //~ ERROR cannot borrow `c` as mutable, as it is not declared as mutable
}
