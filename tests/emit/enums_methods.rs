// covers: enum items and methods in the emitted crate (issue 20, issue 22 item 4): enum items written as
// the source's #[repr(Rust)] items with compile-time asserts that rustc's layout is the IR's (size,
// alignment, every variant field's offset_of!), variant aggregates in brace syntax (`E::A {}`,
// `E::B { 0: .., 1: .. }`), fields through `Field::<T>(Variant(p, v), i)` in and out of the coroutine's
// views, a Guard moved out of an enum held across an await (drop flag, open_drop_for_multivariant),
// associated fns (`S::m`, `<S as T>::f`) as free fns behind #[inline(always)] wrappers of the source's
// paths, and the bytes harness passing an enum (its first variant) and references (locals of the root)
// to fns no other fn calls
enum Msg { Idle, Data(u32, Guard), Cfg { rate: u16, on: u8 } }
struct Port { base: u32, g: Guard }
trait Dev {
    async fn send(&mut self, m: Msg) -> u32;
    fn id(&self) -> u32;
}
impl Port {
    fn new(b: u32) -> Self {
        Port { base: b, g: guard(b) }
    }
    async fn wait_base(&self) -> u32 {
        yield_now().await;
        self.base
    }
}
impl Dev for Port {
    async fn send(&mut self, m: Msg) -> u32 {
        yield_now().await;
        match m {
            Msg::Idle => 0,
            Msg::Data(n, g) => { yield_now().await; self.base += n; n }
            Msg::Cfg { rate, .. } => rate as u32,
        }
    }
    fn id(&self) -> u32 {
        self.base
    }
}
fn pick(n: u32) -> Msg {
    if n == 0 { Msg::Idle } else if n < 9 { Msg::Cfg { rate: 3, on: 1 } } else { Msg::Data(n, guard(n)) }
}
async fn drive(n: u32) -> u32 {
    let mut p = Port::new(n);
    let m = pick(n);
    let a = p.send(m).await;
    a + p.id()
}
async fn peek(r: &u32, w: &mut Port) -> u32 {
    yield_now().await;
    w.base = *r;
    *r + 1
}
