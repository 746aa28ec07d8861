// covers: `const fn` items (constfn40, issue 22): at the top level, in an inherent impl (`const fn new`
// returning Self, a `&self` getter, `&mut self`), in a fn body, pub; calling each other, with loops,
// matches, ifs, overflow and division asserts, core's const `is_some`; called at run time from sync
// fns, async fns and async blocks, across awaits (rustc's runtime MIR of a const fn is a fn's)
struct Reg { bits: u32, mask: u32 }
impl Reg {
    pub const fn new(mask: u32) -> Self { Reg { bits: 0, mask } }
    const fn get(&self) -> u32 { self.bits & self.mask }
    const fn set(&mut self, v: u32) { self.bits = v; }
}
const fn clamp(x: u32, hi: u32) -> u32 { if x > hi { hi } else { x } }
const fn sum_to(n: u32) -> u32 {
    let mut i = 0;
    let mut s = 0;
    while i < n {
        s += i;
        i += 1;
    }
    s
}
const fn pick(o: Option<u32>) -> u32 {
    if o.is_some() {
        match o { Some(v) => v / 2, None => 0 }
    } else {
        7
    }
}
fn plain(x: u32) -> u32 { clamp(x, 10) + sum_to(x) }
//@ args: run 3
//@ args: run 12
async fn run(x: u32) -> u32 {
    const fn twice(v: u32) -> u32 { v * 2 }
    let mut r = Reg::new(0xff);
    r.set(x + 256);
    yield_now().await;
    let a = r.get() + twice(x) + plain(x);
    let b = async move { pick(Some(x)) + pick(None) }.await;
    a + b
}
//@ args: overflow 4294967295
async fn overflow(x: u32) -> u32 {
    let g = guard(1);
    yield_now().await;
    let v = Reg::new(x).mask;
    let _h = g;
    clamp(v, 5) + sum_to(3) + v + 1
}
fn main() {}
