// covers: the fourteenth session's branches in one program: a trait's const with a default and its impl's
// (consts37) read across an await and in a match; a static read by a static (consts37); a negated
// promoted constant `&-3i32` held across an await (promo37); a temporary extended by its let through
// `Some(&mk(n))` on one branch of an if (temp37) and a Guard temporary extended by `Some(&guard(n))`; `let a @ ref _b = mk(n)` (b unused: rustc ends the temporary with the statement)
// (temp37); a temporary in an if condition ending there (bc37's terminating scopes); an async `&self`
// method's future held in a variable whose output keeps only the receiver's loan (bc37); a block whose
// tail borrows its own local with the value discarded (blk37); a `#[derive(Clone, Copy)]` struct with a trait's
// const, copied into an async block and used after it, across awaits (derive37, consts37)
//@ args: cross 4,true
//@ args: cross 0,false
//@ args: cross 7,true
//@ args: copied 5
trait Limits {
    const MAX: u32;
    const HALF: u32 = Self::MAX / 2;
}
struct Port {
    k: u32,
}
impl Limits for Port {
    const MAX: u32 = 10;
}
impl Port {
    async fn first(&self, o: Option<&u32>) -> Option<&u32> {
        if let Some(_) = o { Some(&self.k) } else { None }
    }
}
static BASE: u32 = 3;
static NEXT: u32 = BASE + 2;
fn mk(n: u32) -> u32 {
    n + 1
}
fn val(o: Option<&u32>) -> u32 {
    match o {
        Some(r) => *r,
        None => 0,
    }
}
fn small(r: &u32) -> bool {
    *r < <Port as Limits>::HALF
}
fn neg(r: &i32) -> u32 {
    if *r < 0 { 1 } else { 2 }
}
async fn cross(n: u32, c: bool) -> u32 {
    let p = Port { k: n };
    let lim = &-3i32;
    let o = if c { Some(&mk(n)) } else { None };
    let g = Some(&guard(n));
    let a @ ref _b = mk(n + 1);
    yield_now().await;
    let mut t = val(o) + a + neg(lim);
    if small(&mk(t)) {
        t += Port::HALF;
    }
    let mut y = 2;
    let fut = p.first(Some(&y));
    let out = fut.await;
    y = NEXT;
    t += val(out) + y;
    {
        let z = t;
        Some(&z)
    };
    match t % Port::MAX {
        0 => t + BASE,
        _ => t + match g { Some(_) => 1, None => 0 },
    }
}
#[derive(Clone, Copy)]
struct Pt {
    x: u32,
}
impl Limits for Pt {
    const MAX: u32 = 6;
}
async fn copied(n: u32) -> u32 {
    let p = Pt { x: n };
    let q = p;
    let b = async move { q.x + <Pt as Limits>::HALF };
    yield_now().await;
    let r = b.await;
    r + p.x + q.x + Pt::MAX
}
