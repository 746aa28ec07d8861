// invalid: a method the struct does not have (E0599)
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
    fn into_n(self) -> u32 { self.n }
}
fn f(c: Counter) -> u32 {
    c.nope() //~ ERROR no method named `nope` found for struct `Counter` in the current scope
}
