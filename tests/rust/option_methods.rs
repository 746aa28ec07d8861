// covers: core's Option / Result methods taking self by value (meth40, issue 22), which rustc 1.95's MIR
// calls as `Option::<u32>::unwrap_or(move _5, const 7_u32)`: unwrap_or, unwrap (None panics "called
// `Option::unwrap()` on a `None` value"; Err(e) panics with the error's Debug), unwrap_or_default
// (integers, bool, char), a Result's ok() / err() and unwrap_or; `.clone()` of arrays, Options and Results
// (`<[u8; 4] as Clone>::clone(move _k)`, the receiver autoref'd, or reborrowed through a reference), the
// clone used after an await; an Option<Guard>'s unwrap moving the Guard out; receivers through `&o`
// (rustc copies `*r`), an Option being inferred (`let o = Some(n);`, its clone too), a call's result, a method's result
// chained; in a sync fn
//@ args: options 0
//@ args: options 5
//@ args: results 0
//@ args: results 9
//@ args: defaults 0
//@ args: defaults 4
//@ args: unwraps 3
//@ args: unwraps 0
//@ args: result_unwrap 2
//@ args: result_unwrap 7
//@ args: result_unwrap 4
//@ args: clones 1
//@ args: clones 6
//@ args: guarded 1
//@ args: guarded 0
//@ args: inferred 8
//@ args: later 3
//@ args: sync_caller 4
//@ args: sync_caller 300
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

async fn later(n: u32) -> Option<u32> {
    yield_now().await;
    maybe(n)
}

async fn options(n: u32) -> u32 {
    let a = maybe(n);
    let b = a.unwrap_or(7);
    yield_now().await;
    let r = &a;
    let c = r.unwrap_or(8);
    let d = later(n).await.unwrap_or(9);
    let e = maybe(n + 1).unwrap_or(10);
    observe(b);
    observe(c);
    observe(d);
    e + a.unwrap_or(0)
}

async fn results(n: u32) -> u32 {
    let r = status(n);
    let a = r.ok();
    let b = r.err();
    yield_now().await;
    let c = r.unwrap_or(11);
    let d = status(n + 1).ok().unwrap_or(12);
    let e = b.unwrap_or(13);
    observe(a.unwrap_or(14));
    observe(c);
    observe(d);
    e as u32
}

async fn defaults(n: u32) -> u32 {
    let a = maybe(n).unwrap_or_default();
    let o: Option<bool> = if n > 2 { Some(true) } else { None };
    yield_now().await;
    let b = o.unwrap_or_default();
    let c: Option<char> = None;
    let d = c.unwrap_or_default();
    let e = status(n).unwrap_or_default();
    let f: Option<i8> = if n == 0 { None } else { Some(-3) };
    observe(a);
    observe(b as u32);
    observe(d as u32);
    observe(f.unwrap_or_default() as u32);
    e
}

async fn unwraps(n: u32) -> u32 {
    let a = maybe(n);
    yield_now().await;
    let b = a.unwrap();
    b + 1
}

async fn result_unwrap(n: u32) -> u32 {
    let r = status(n);
    yield_now().await;
    let i: Result<u8, i16> = if n > 5 { Err(-4) } else { Ok(1) };
    observe(i.unwrap() as u32);
    r.unwrap()
}

async fn clones(n: u32) -> u32 {
    let a = [n as u8, 2, 3, 4];
    let b = a.clone();
    let o = maybe(n);
    let p = o.clone();
    yield_now().await;
    let r = status(n);
    let s = r.clone();
    let ra = &a;
    let c = ra.clone();
    let nested = [maybe(n), None];
    let m = nested.clone();
    observe(b[0] as u32);
    observe(p.unwrap_or(1));
    observe(s.unwrap_or(2));
    observe(c[3] as u32);
    m[0].unwrap_or(3)
}

async fn guarded(n: u32) -> u32 {
    let g = if n > 0 { Some(guard(n)) } else { None };
    yield_now().await;
    let h = g.unwrap();
    yield_now().await;
    drop_it(h);
    n
}

fn drop_it(_g: Guard) {}

async fn inferred(n: u32) -> u32 {
    let o = Some(n);
    let p = if n > 9 { Some(n) } else { None };
    yield_now().await;
    let q = p.unwrap_or(5);
    let c = o.clone();
    o.unwrap() + q + c.unwrap_or(6)
}

fn sync_part(n: u32) -> u32 {
    let o = maybe(n).unwrap_or(n.wrapping_mul(3));
    status(n).unwrap_or(o).saturating_add(4)
}

async fn sync_caller(n: u32) -> u32 {
    let a = sync_part(n);
    yield_now().await;
    a
}
