// invalid: a two-phase receiver at the end of a chain of reborrows (loan28): while `r3.set(..)`'s
// `&mut *r3` is reserved, its argument assigns through r1, whose `*r1` r2's loan (carried by r3)
// borrows (E0506)
struct Pair { a: u32, b: u32 }
impl Pair {
    fn set(&mut self, v: u32) { self.a = v; }
}
async fn f(x: u32) -> u32 {
    let mut p = Pair { a: x, b: 2 };
    let r0 = &mut p;
    let r1 = &mut *r0;
    r1.a += 1;
    let r2 = &mut *r1;
    r2.a += 1;
    let r3 = &mut *r2;
    r3.set({ r1.b = 3; 4 }); //~ ERROR [E0506] cannot assign to `r1.b` because it is borrowed
    yield_now().await;
    r3.a += 1;
    p.a + p.b
}
