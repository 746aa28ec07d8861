// covers (match38): a HAL driver's `&mut self` state machine: `match &mut self.state` (default binding mode
// `ref mut`, writes through the bindings, a guard, the struct field borrowed beside it), `match self.state`
// / `match &self.state` on `&self` (by copy, literals, ranges, or-patterns), `Some(v @ 0..=9)` through
// `&mut self.last`, explicit `ref mut` / `ref` on `self.state`, across awaits in async methods of `&mut
// self` (a binding written after an await; a held `&mut self.hits` matched by `x =>`), `match *r` with
// literals, ranges and or-patterns, `match *o` with a guarded `ref mut`, `&Some(x)` / `&x` arms on `&T`;
// `match &r` (r a `&T`) with `&x` / `&_` arms beside peeling ones (x is r: rustc's `_x = copy (*_2)`)
enum St { Idle, Run { n: u32, k: u32 }, Done(u32) }
struct Dev { state: St, hits: u32, last: Option<u32> }
impl Dev {
    fn step(&mut self) -> u32 {
        match &mut self.state {
            St::Idle => { self.hits += 1; 0 }
            St::Run { n, .. } if *n > 5 => { *n = 0; 1 }
            St::Run { n, k } => { *n += 1; *k += *n; 2 }
            St::Done(v) => { *v += 1; *v }
        }
    }
    fn peek(&self) -> u32 {
        match self.state { St::Idle => 0, St::Run { n, k: 0..=3 } => n, St::Run { k, .. } => k, St::Done(v) => v }
    }
    fn peek2(&self) -> u32 {
        match &self.state { St::Run { n: 1 | 2, .. } => 9, St::Run { n, k } => *n + *k, _ => 0 }
    }
    fn last(&mut self) -> u32 {
        match &mut self.last { Some(v @ 0..=9) => { *v += 1; *v } Some(v) => *v, None => { self.last = Some(1); 1 } }
    }
    fn explicit(&mut self) -> u32 {
        match self.state { St::Run { ref mut n, ref k } => { *n += *k; *n } St::Done(ref mut d) => { *d = 2; 2 } _ => 0 }
    }
    async fn tick(&mut self) -> u32 {
        let a = self.step();
        yield_now().await;
        match &mut self.state {
            St::Run { n, .. } => { *n += 1; yield_now().await; *n += a; *n }
            St::Done(d) => { let v = *d; yield_now().await; v }
            St::Idle => { self.state = St::Run { n: 1, k: 2 }; 0 }
        }
    }
    async fn held(&mut self) -> u32 {
        let r = &mut self.hits;
        yield_now().await;
        match r { 0 => { *r = 4; 4 } x => { *x += 1; *x } }
    }
}
fn deref_match(r: &u32) -> u32 { match *r { 0 => 1, 1..=5 => 2, 6 | 7 => 3, _ => 4 } }
fn deref_mut(o: &mut Option<u32>) -> u32 { match *o { Some(ref mut v) if *v > 2 => { *v -= 1; *v } Some(_) => 1, None => 0 } }
fn ergo_mut(o: &mut Option<u32>) { match o { Some(v) => *v += 1, None => {} } }
fn amp_arms(r: &Option<u32>) -> u32 { match r { &Some(x) => x, &None => 0 } }
fn amp_x(r: &u32) -> u32 { match r { &0 => 5, &x => x } }
fn amp_r(r: &Option<u32>) -> u32 { match &r { &&Some(x) => x, &x => match x { Some(k) => *k + 2, None => 1 } } }
fn amp_r_wild(r: &Option<u32>) -> u32 { match &r { &&Some(x) => x, &_ => 1 } }
fn amp_r_mixed(r: &Option<u32>) -> u32 { match &r { Some(x) => *x, &_ => 1 } }
fn amp_r_int(r: &u32) -> u32 { match &r { &&0 => 7, &x => *x + 1 } }
async fn amp_r_await(r: &Option<u32>) -> u32 {
    match &r {
        None => 3,
        &x => { yield_now().await; match x { Some(k) => *k, None => 0 } }
    }
}
async fn foo(n: u32) -> u32 {
    let mut d = Dev { state: St::Idle, hits: n, last: None };
    let mut t = 0;
    t += d.tick().await;
    t += d.tick().await;
    t += d.tick().await + d.peek() + d.peek2() + d.last() + d.last() + d.explicit();
    d.state = St::Done(n);
    t += d.tick().await + d.held().await + d.explicit() + d.step();
    let mut o = Some(n);
    ergo_mut(&mut o);
    t += deref_mut(&mut o) + deref_match(&n) + amp_arms(&o) + amp_x(&t);
    t += amp_r(&o) + amp_r_wild(&o) + amp_r_mixed(&o) + amp_r_int(&n) + amp_r_await(&o).await;
    t
}
//@ args: foo 0
//@ args: foo 3
//@ args: foo 7
