// covers (variant34): `Trait::m(&s)` / `Trait::m(&mut s)` / `Trait::m(s)` path calls of trait methods
// (rustc: `<_ as Trait>::m`, Self inferred from the first argument; MIR `<S as Trait>::m(..)`), on a
// struct and on an enum, through a reference variable, on a field, with a trait declared after its
// uses, a trait of a body called in its block, across awaits
//@ args: on_struct 3
//@ args: on_struct 0
//@ args: on_enum 1
//@ args: on_enum 0
//@ args: in_body 5
async fn on_struct(x: u32) -> u32 {
    let mut s = S { v: x, w: W(2) };
    let a = Get::get(&s);
    yield_now().await;
    let b = Get::bump(&mut s, 3);
    let r = &s;
    let c = Get::get(r) + Get::get(&r.w);
    yield_now().await;
    let rm = &mut s;
    let d = Get::bump(rm, 1) + Get::bump(rm, 1);
    a + b + c + d + Take::take(s)
}

async fn on_enum(x: u32) -> u32 {
    let e = if x > 0 { E::B(x) } else { E::A };
    yield_now().await;
    let n = Get::get(&e);
    n + Take::take(e)
}

async fn in_body(x: u32) -> u32 {
    trait Twice { fn twice(&self) -> u32; }
    impl Twice for W { fn twice(&self) -> u32 { self.0 * 2 } }
    let w = W(x);
    yield_now().await;
    Twice::twice(&w) + Get::get(&w)
}

struct S { v: u32, w: W }
struct W(u32);
enum E { A, B(u32) }

impl Get for S {
    fn get(&self) -> u32 { self.v }
    fn bump(&mut self, k: u32) -> u32 { self.v += k; self.v }
}
impl Get for W {
    fn get(&self) -> u32 { self.0 + 1 }
    fn bump(&mut self, k: u32) -> u32 { self.0 += k; self.0 }
}
impl Get for E {
    fn get(&self) -> u32 { match self { E::A => 7, E::B(v) => *v } }
    fn bump(&mut self, k: u32) -> u32 { k }
}
impl Take for S { fn take(self) -> u32 { self.v + self.w.0 } }
impl Take for E { fn take(self) -> u32 { match self { E::A => 1, E::B(v) => v + 1 } } }

trait Get {
    fn get(&self) -> u32;
    fn bump(&mut self, k: u32) -> u32;
}
trait Take { fn take(self) -> u32; }
