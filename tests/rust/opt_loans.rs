// covers: loans held inside Option / Result values (optloan35, issue 22): `Some(&y)`, `Some(&mut y)`,
// `Ok(&y)`, nested `Some(Some(&y))`, built in an `if`, returned by a sync fn taking one, passed to an
// async fn, captured by an async block; each accepted because the Option's last use (or its
// reassignment) comes before the conflicting access (NLL), or the extracted reference's does
fn pick(o: Option<&u32>) -> Option<&u32> {
    match o { Some(r) if *r > 2 => Some(r), _ => None }
}
fn read(o: Option<&u32>) -> u32 {
    match o { Some(r) => *r, None => 0 }
}
async fn read_later(o: Option<&u32>) -> u32 {
    yield_now().await;
    match o { Some(r) => *r, None => 1 }
}
//@ args: last_use 3
async fn last_use(n: u32) -> u32 {
    let mut y = n;
    let o = Some(&y);
    let k = match o { Some(r) => *r, None => 0 };
    y = 2;
    yield_now().await;
    k + y
}
//@ args: killed 4
async fn killed(n: u32) -> u32 {
    let mut y = n;
    let mut o = Some(&y);
    o = None;
    y = 2;
    yield_now().await;
    match o { Some(r) => *r, None => y }
}
//@ args: mut_if_let 5
async fn mut_if_let(n: u32) -> u32 {
    let mut y = n;
    let o = Some(&mut y);
    if let Some(r) = o { *r += 3; }
    yield_now().await;
    y
}
//@ args: moved_on 1
//@ args: moved_on 7
async fn moved_on(n: u32) -> u32 {
    let mut y = n;
    let mut x = 10u32;
    let mut o = Some(&y);
    if n > 3 { o = Some(&x); }
    let k = read(o);
    y = 2;
    x = 3;
    yield_now().await;
    k + x + y
}
//@ args: through_fn 1
//@ args: through_fn 9
async fn through_fn(n: u32) -> u32 {
    let mut y = n;
    let p = pick(Some(&y));
    let k = read(p);
    y += 1;
    yield_now().await;
    k + y
}
//@ args: awaited 6
async fn awaited(n: u32) -> u32 {
    let mut y = n;
    let fut = read_later(Some(&y));
    let k = fut.await;
    y = 1;
    k + y
}
//@ args: block_move 2
async fn block_move(n: u32) -> u32 {
    let mut y = n;
    let o = Some(&y);
    let b = async move { yield_now().await; read(o) };
    let k = b.await;
    y = 5;
    k + y
}
//@ args: result_ref 3
async fn result_ref(n: u32) -> u32 {
    let mut y = n;
    let z = 8u32;
    let r: Result<&u32, &u32> = if n > 2 { Ok(&y) } else { Err(&z) };
    let k = match r { Ok(v) => *v, Err(e) => *e + 1 };
    y = 0;
    yield_now().await;
    k + y
}
//@ args: nested 4
async fn nested(n: u32) -> u32 {
    let mut y = n;
    let o = Some(Some(&y));
    yield_now().await;
    let k = match o { Some(Some(r)) => *r, _ => 0 };
    y = 1;
    k * 10 + y
}
//@ args: extracted 2
async fn extracted(n: u32) -> u32 {
    let mut y = n;
    let mut a = [1u32, 2, 3];
    let o = Some(&mut a[0]);
    let mut k = 0;
    match o {
        Some(r) => { *r += y; k = *r; }
        None => {}
    }
    a[0] += 1;
    a[1] = 7;
    y = 4;
    k + a[0] + a[1] + y
}
//@ args: in_loop 5
async fn in_loop(n: u32) -> u32 {
    let mut a = [n, 2, 3];
    let mut sum = 0u32;
    let mut i = 0;
    while i < 3 {
        let o = Some(&a[i]);
        sum += read(o);
        a[i] = 0;
        yield_now().await;
        i += 1;
    }
    sum + a[0]
}
//@ args: loop_reassigned 4
async fn loop_reassigned(n: u32) -> u32 {
    let mut y = 1u32;
    let mut o: Option<&u32> = None;
    let mut i = 0;
    while i < n {
        if let Some(r) = o { i += *r; }
        y += 1;
        o = Some(&y);
        yield_now().await;
    }
    i + y
}
//@ args: block_by_ref 3
async fn block_by_ref(n: u32) -> u32 {
    let mut y = n;
    let o = Some(&y);
    let k = async { yield_now().await; match o { Some(r) => *r, None => 0 } }.await;
    y = 2;
    k + y
}
//@ args: through_borrow 6
async fn through_borrow(n: u32) -> u32 {
    let mut y = n;
    let mut o = Some(&mut y);
    if let Some(r) = &mut o { **r += 1; }
    yield_now().await;
    if let Some(r) = o { *r += 1; }
    let k = y;
    k
}
struct Holder { a: u32 }
impl Holder {
    fn pick(&self, o: Option<&u32>) -> Option<&u32> {
        if self.a > 2 { Some(&self.a) } else { None }
    }
}
// a `&self` method's Option<&u32> holds the receiver's loan only (its elided output lifetime)
//@ args: method_self 1
//@ args: method_self 4
async fn method_self(n: u32) -> u32 {
    let h = Holder { a: n };
    let mut y = 2u32;
    let p = h.pick(Some(&y));
    y = 3;
    yield_now().await;
    match p { Some(r) => *r + y, None => y }
}
// returned Options holding loans of data behind the parameters (no E0515)
fn through_ref(r: &u32, n: u32) -> Option<&u32> {
    let o = Some(r);
    if n > 0 { o } else { None }
}
fn reborrowed(r: &u32, n: u32) -> Option<&u32> {
    let k = &*r;
    if n > 0 { Some(k) } else { None }
}
//@ args: returned 0
//@ args: returned 5
async fn returned(n: u32) -> u32 {
    let mut y = n;
    let k = match through_ref(&y, n) { Some(r) => *r, None => 1 };
    let j = match reborrowed(&y, n + 1) { Some(r) => *r, None => 2 };
    y += 1;
    yield_now().await;
    k + j + y
}
//@ args: block_returns_ref 7
async fn block_returns_ref(n: u32) -> u32 {
    let y = n;
    let b = async { Some(&y) };
    match b.await { Some(r) => *r, None => 0 }
}
