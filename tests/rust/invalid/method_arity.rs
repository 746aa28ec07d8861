// invalid: a method call with the wrong number of arguments (E0061)
struct Counter { n: u32 }
impl Counter {
    fn get(&self) -> u32 { self.n }
    fn bump(&mut self, by: u32) { self.n += by; }
    fn into_n(self) -> u32 { self.n }
}
fn f(mut c: Counter) {
    c.bump(); //~ ERROR this method takes 1 argument but 0 arguments were supplied
}
