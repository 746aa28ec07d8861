// covers: borrow conflicts rustc's NLL accepts (issue 22; the must-reject twins are
// tests/rust/invalid/borrow_*.rs): a borrow whose last use is before the conflicting access,
// disjoint fields, two-phase borrows of method receivers, a branch, a reassigned reference
// in a loop, a move after the last use of a borrow, shared borrows of one array, an async block or future whose drop does not use
// its borrow, a reborrow through a `&mut` parameter, a future awaited before the access
struct Pair { a: u32, b: u32 }
impl Pair {
    fn get(&self) -> u32 { self.a }
    fn set(&mut self, v: u32) { self.a = v; }
    async fn wait_get(&self) -> u32 { yield_now().await; self.b }
}
async fn read(r: &u32) -> u32 {
    yield_now().await;
    *r
}
async fn last_use(x: u32) -> u32 {
    let mut v = x;
    let r = &mut v;
    yield_now().await;
    *r += 1;
    let s = &mut v;
    *s += 1;
    v = v + 1;
    let fut = read(&v);
    let n = fut.await;
    v = n + 1;
    v
}
async fn disjoint(x: u32) -> u32 {
    let mut p = Pair { a: x, b: 1 };
    let ra = &mut p.a;
    let rb = &mut p.b;
    yield_now().await;
    *ra += 1;
    *rb += 1;
    p.a + p.b
}
async fn two_phase(x: u32) -> u32 {
    let mut p = Pair { a: x, b: 2 };
    p.set(p.a + 1);
    p.set(p.get() + 1);
    let r = &p.b;
    p.set(*r);
    p.wait_get().await
}
async fn branches(x: u32, c: bool) -> u32 {
    let mut v = x;
    let r = &mut v;
    if c {
        *r += 1;
    } else {
        v += 2;
    }
    v
}
async fn loop_reassign(x: u32) -> u32 {
    let mut a = x;
    let mut b = 0u32;
    let mut r = &mut a;
    let mut i = 0u32;
    while i < 3 {
        *r += 1;
        yield_now().await;
        r = &mut b;
        i += 1;
    }
    a + b
}
async fn arrays(i: usize) -> u32 {
    let mut a = [1u32, 2, 3];
    let p = &a[i];
    let q = &a[0];
    let n = *p + *q;
    let m = &mut a[i];
    yield_now().await;
    *m = n;
    a[0] = 5;
    a[0] + a[1]
}
async fn blocks(x: u32) -> u32 {
    let mut v = x;
    let b = async { v + 1 };
    let n = b.await;
    v = n;
    let unused = async {
        yield_now().await;
        v * 2
    };
    v += 1;
    v
}
async fn reborrow(r: &mut u32) -> u32 {
    let s = &mut *r;
    *s += 1;
    yield_now().await;
    *r += 1;
    *r
}
async fn keep(g: &Guard) -> u32 {
    yield_now().await;
    1
}
async fn moves() -> u32 {
    let g = guard(1);
    let n = keep(&g).await;
    let h = g;
    let inner = {
        let y = 2u32;
        let fut = read(&y);
        fut.await
    };
    n + inner
}
async fn caller(x: u32) -> u32 {
    let mut v = x;
    let a = last_use(v).await + disjoint(v).await + two_phase(v).await;
    let b = branches(v, true).await + loop_reassign(v).await + arrays(1).await + blocks(v).await;
    let c = reborrow(&mut v).await + moves().await;
    a + b + c + v
}
