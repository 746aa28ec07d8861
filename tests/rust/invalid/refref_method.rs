// invalid (loan34): a method called through `rr: &&S`
struct S { a: u32 }
impl S { fn m(&self) -> u32 { self.a } }
fn f(n: u32) -> u32 {
    let mut s = S { a: n };
    let r = &s;
    let rr = &r;
    s.a = 5; //~ ERROR [E0506] cannot assign to `s.a` because it is borrowed
    rr.m()
}
