// invalid: a two-phase borrow is activated at the call, where the argument's shared borrow is live (E0502)
struct Pair { a: u32, b: u32 }
impl Pair {
    fn set_from(&mut self, v: &u32) { self.b = *v; }
}
fn f() -> u32 {
    let mut p = Pair { a: 1, b: 2 };
    p.set_from(&p.a); //~ ERROR [E0502] cannot borrow `p` as mutable because it is also borrowed as immutable
    p.b
}
