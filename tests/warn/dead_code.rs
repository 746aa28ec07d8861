// covers: rustc 1.95's dead_code from the harness's roots (every async fn, a `fn main`): fns never
// used (a chain, a recursion), structs never constructed, fields never read (grouped, past 6
// "multiple", a tuple's unit field quiet, `_` names quiet), enums never used, variants never
// constructed (a construction inside a match arm that needs the variant is not one), traits and
// trait methods never used, an inherent impl's fns grouped by kind; the items in source order, after
// the self-assignments (`x = x;`), found while marking: the last async fn's first (rustc's worklist).
struct Pair { a: u32, b: u32, c: u32 }
struct Tup(u32, (), bool);
struct Wide { f1: u32, f2: u32, f3: u32, f4: u32, f5: u32, f6: u32, f7: u32 }
struct Inner { v: u32 }
struct Outer { i: Inner, _skip: u32 }
struct Never { x: u32 }
enum Shape { Dot, Line(u32), Box { w: u32, h: u32 }, Gone, Lost(bool) }
enum Unused { A, B }
enum Step { Go(u32), Stop }
trait Speak { fn speak(&self) -> u32; fn shout(&self) -> u32; }
trait Silent { fn hush(&self); }
impl Speak for Pair {
    fn speak(&self) -> u32 { self.a }
    fn shout(&self) -> u32 { helper_of_dead_impl() }
}
impl Pair {
    fn get_b(&self) -> u32 { self.b }
    fn unused_m(&self) -> u32 { 0 }
    fn unused_new() -> u32 { 1 }
}
impl Never {
    fn make() -> u32 { 2 }
    fn also() -> u32 { 3 }
}
impl Wide {
    fn m1(&self) {}
    fn m2(&self) {}
    fn m3(&mut self) {}
}
fn helper_of_dead_impl() -> u32 { 4 }
fn chain_a() -> u32 { chain_b() }
fn chain_b() -> u32 { 5 }
fn rec(n: u32) -> u32 { if n == 0 { 0 } else { rec(n - 1) } }
fn _quiet() {}
fn next(s: Step) -> Step {
    match s {
        Step::Go(n) => Step::Go(n + 1),
        Step::Stop => Step::Stop,
    }
}
fn main() {
    let o = Outer { i: Inner { v: 1 }, _skip: 2 };
    observe(o.i.v);
}
async fn run(p: Pair, t: Tup, w: Wide) -> u32 {
    let s = Shape::Line(3);
    let d = Shape::Dot;
    let b = Shape::Box { w: 1, h: 2 };
    if let Shape::Box { w, h: _ } = b { observe(w); }
    match d { Shape::Dot => {} _ => {} }
    let n = next(Step::Stop);
    if let Step::Go(k) = n { observe(k); }
    yield_now().await;
    let q = Pair { a: 1, b: 2, c: 3 };
    let mut z = 1;
    z = z;
    observe(z);
    p.speak() + q.get_b() + t.0
}
async fn later(mut s: Inner) -> u32 {
    s.v = s.v;
    s.v
}
