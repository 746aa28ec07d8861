// covers: `==`, `!=`, `<`, `<=`, `>`, `>=` of `()`, Option, Result and arrays, which rustc builds as calls of
// core's `<T as PartialEq>::eq` / `ne` and `<T as PartialOrd>::lt` / `le` / `gt` / `ge` with both operands
// borrowed (cmp39): against None and `[0; 4]` (the rhs's borrow promoted), against `Some(x)` (a temporary),
// `None == o` (the lhs's type inferred from the rhs), signed, char and bool payloads, Option of a reference,
// arrays of Options, nested Options, lexicographic array order, None < Some and Ok < Err; an operand awaited
// after the other's borrow (the borrow held across the await), comparisons in a guard, a while condition and
// an async block; `is_some`, `is_none`, `is_ok`, `is_err` on values, on `&` and `&mut` references, on a
// literal (its autoref promoted), through `&&o`, of an Option and a Result holding a Guard, across awaits;
// Option<[u32; 2]> and Option<()> compared; in a sync fn: `(o = x) == ()`, `a < [1, 2]`, `s == None`
//@ args: options 0
//@ args: options 3
//@ args: options 7
//@ args: results 0
//@ args: results 5
//@ args: arrays 0
//@ args: arrays 2
//@ args: arrays 9
//@ args: units 1
//@ args: awaited 0
//@ args: awaited 4
//@ args: queries 0
//@ args: queries 6
//@ args: guarded 2
//@ args: guarded 5
//@ args: in_block 3
//@ args: later 1
//@ args: guards 1
//@ args: guards 2
fn maybe(n: u32) -> Option<u32> {
    if n % 2 == 0 {
        None
    } else {
        Some(n)
    }
}

fn status(n: u32) -> Result<u32, u8> {
    if n > 3 {
        Err(n as u8)
    } else {
        Ok(n)
    }
}

fn bit(b: bool) -> u32 {
    if b {
        1
    } else {
        0
    }
}

async fn later(n: u32) -> Option<u32> {
    yield_now().await;
    maybe(n)
}

async fn options(n: u32) -> u32 {
    let a = maybe(n);
    let b = maybe(n + 2);
    yield_now().await;
    let mut r = bit(a == b) + 2 * bit(a != None) + 4 * bit(None == a) + 8 * bit(a == Some(n));
    let s: Option<i32> = Some(n as i32 - 4);
    r += 16 * bit(s < Some(0)) + 32 * bit(s >= None) + 64 * bit(Some('b') > Some('a'));
    let x = 5u32;
    let y = n;
    let p = Some(&x);
    let q = Some(&y);
    yield_now().await;
    r += 128 * bit(p <= q) + 256 * bit(Some(Some(n)) > Some(None)) + 512 * bit(Some(true) != Some(false));
    observe(r);
    r
}

async fn results(n: u32) -> u32 {
    let a = status(n);
    let b: Result<u32, u8> = Ok(2);
    yield_now().await;
    let r = bit(a == b) + 2 * bit(a < b) + 4 * bit(a > Ok(100)) + 8 * bit(Err(0) > a) + 16 * bit(a <= Err(4));
    observe(r);
    r
}

async fn arrays(n: u32) -> u32 {
    let mut buf = [0u8; 4];
    if buf == [0; 4] {
        observe(1);
    }
    buf[1] = n as u8;
    yield_now().await;
    let mut r = bit(buf != [0; 4]) + 2 * bit(buf < [0, 3, 0, 0]) + 4 * bit([1u8, 0] > [0, 255]);
    let opts = [maybe(n), Some(1)];
    yield_now().await;
    r += 8 * bit(opts == [None, Some(1)]) + 16 * bit(opts >= [Some(0), None]);
    let signed = [n as i8 - 3, 1];
    r += 32 * bit(signed < [0, 0]) + 64 * bit([1u16; 2] == [1, n as u16]);
    observe(r);
    r
}

fn sync_cmp(x: u32) -> u32 {
    let mut o = 0;
    let u = bit((o = x) == ());
    let a = [x, 1];
    let s = Some(x);
    u + 2 * bit(a < [1, 2]) + 4 * bit(s == None) + 8 * o
}

async fn units(n: u32) -> u32 {
    let u = ();
    yield_now().await;
    let r = bit(u == ()) + 2 * bit(() != u) + 4 * bit(u < ()) + 8 * bit(u >= ());
    r + n + 16 * sync_cmp(n)
}

async fn awaited(n: u32) -> u32 {
    let a = maybe(n + 1);
    let r = bit(a == later(n + 1).await) + 2 * bit(later(n).await < a);
    let arr = [n, 1];
    let s = bit(arr <= [n, later(n + 3).await.is_some() as u32]);
    observe(r + 4 * s);
    r + 4 * s
}

async fn queries(n: u32) -> u32 {
    let mut a = maybe(n + 1);
    let ra = &a;
    let mut r = bit(a.is_some()) + 2 * bit(ra.is_none());
    yield_now().await;
    let m = &mut a;
    r += 4 * bit(m.is_some()) + 8 * bit(Some(3).is_some()) + 16 * bit(status(n).is_ok());
    let s = status(n);
    let rs = &s;
    yield_now().await;
    let z: Option<u32> = None;
    r += 32 * bit(rs.is_err()) + 64 * bit(z.is_none());
    observe(r);
    r
}

async fn guarded(n: u32) -> u32 {
    let mut st = maybe(n);
    let mut k = 0;
    while st != Some(5) && k < 3 {
        yield_now().await;
        st = Some(n + k);
        k += 1;
    }
    let r = match n {
        v if maybe(v) == None => 10,
        v if status(v) < Err(0) => 20,
        _ => 30,
    };
    r + k
}

async fn in_block(n: u32) -> u32 {
    let o = maybe(n);
    let fut = async move {
        yield_now().await;
        bit(o == Some(3)) + 2 * bit(o.is_some())
    };
    fut.await
}

fn nested(x: u32) -> u32 {
    let o = Some([x, 1]);
    let p: Option<()> = Some(());
    let mut q = maybe(x);
    let m = &mut q;
    let rr = &&o;
    bit(o > Some([1, 0])) + 2 * bit(p == Some(())) + 4 * bit(m.is_none()) + 8 * bit(rr.is_some())
}

async fn guards(n: u32) -> u32 {
    let g = Some(guard(n));
    let e: Result<u32, Guard> = Err(guard(n + 1));
    yield_now().await;
    let r = bit(g.is_some()) + 2 * bit(e.is_ok()) + 4 * nested(n);
    observe(r);
    r
}
