// invalid: a `&mut self` method call while a shared borrow of a field is used after it (E0502)
struct Pair { a: u32, b: u32 }
impl Pair {
    fn bump(&mut self) { self.a += 1; }
}
async fn f() -> u32 {
    let mut p = Pair { a: 1, b: 2 };
    let r = &p.b;
    yield_now().await;
    p.bump(); //~ ERROR [E0502] cannot borrow `p` as mutable because it is also borrowed as immutable
    *r
}
