// invalid: a write while the receiver's two-phase borrow is reserved (E0506)
struct Pair { a: u32, b: u32 }
impl Pair {
    fn set(&mut self, v: u32) { self.a = v; }
}
fn f() -> u32 {
    let mut p = Pair { a: 1, b: 2 };
    p.set({ p.b = 3; 4 }); //~ ERROR [E0506] cannot assign to `p.b` because it is borrowed
    p.a
}
