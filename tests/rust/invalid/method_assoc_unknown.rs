// invalid: an associated fn the struct does not have (E0599)
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
    fn into_n(self) -> u32 { self.n }
}
fn f() -> u32 {
    Counter::nope() //~ ERROR no function or associated item named `nope` found for struct `Counter` in the current scope
}
