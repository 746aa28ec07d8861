// covers (mref39): `match &r` (r a `&T`) whose only peeling arms are `&x` / `&_` (x is `*&r`, rustc's
// `_x = copy (*_2)`), beside a top binding `v =>` (the `&&T` itself) and `_`; `match rr { &x => .. }` on a
// `&&T`; across awaits and in an async `&mut self` method
enum St { Idle, Run { n: u32, k: u32 } }
struct Dev { state: St, last: Option<u32> }
impl Dev {
    async fn poll(&mut self) -> u32 {
        let r = &self.last;
        yield_now().await;
        let a = match &r { &x => match x { Some(k) => *k, None => 0 } };
        yield_now().await;
        match &self.state { St::Run { n, k } => *n + *k + a, St::Idle => a }
    }
}
fn amp_only(r: &Option<u32>) -> u32 { match &r { &x => match x { Some(k) => *k, None => 0 } } }
fn amp_only_int(r: &u32) -> u32 { match &r { &x => *x } }
fn amp_wild(r: &Option<u32>) -> u32 { match &r { &_ => 1 } }
fn amp_then_wild(r: &u32) -> u32 { match &r { &x => *x + 1, _ => 0 } }
fn amp_then_top(r: &u32) -> u32 { match &r { &_ => 2, v => **v } }
fn rr_amp(rr: &&u32) -> u32 { match rr { &x => *x * 2 } }
async fn amp_await(r: &Option<u32>) -> u32 {
    match &r {
        &x => { yield_now().await; match x { Some(k) => *k + 1, None => 5 } }
    }
}
async fn foo(n: u32) -> u32 {
    let mut d = Dev { state: St::Idle, last: Some(n) };
    let mut t = d.poll().await;
    d.state = St::Run { n: 2, k: n };
    t += d.poll().await;
    let o = Some(n + 1);
    let m = n * 3;
    let mr = &m;
    t += amp_only(&o) + amp_only(&None) + amp_only_int(&n) + amp_wild(&o) + amp_then_wild(&m) + amp_then_top(&n);
    t += rr_amp(&mr) + amp_await(&o).await + amp_await(&None).await;
    t
}
//@ args: foo 0
//@ args: foo 3
//@ args: foo 7
