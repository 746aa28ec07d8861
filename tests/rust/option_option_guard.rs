// covers: a Guard two enums deep (Option<Option<Guard>>, Result<Option<Guard>, u8>, Option<Guard> in a
// struct) matched with a by-value binding of the inner enum, in sync fns and async fns (mir32): rustc's
// needs_async_drop_raw asks about a core generic enum field through its argument (drop_tys_helper's
// adt_drop_tys of Option is [T]), so Option<Option<Guard>> has no coroutine dropline and its open drop
// one switch fewer; Option<Guard> and an enum with a Guard field have one; the same for the awaited
// Poll<Option<Option<Guard>>> temp
struct Holder { g: Option<Guard>, n: u32 }
struct W { o: Option<Option<Guard>>, n: u32 }
enum Two { A(Guard), B(u32) }
fn mk(n: u32) -> Option<Option<Guard>> {
    if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(guard(n))) }
}
fn mk_res(n: u32) -> Result<Option<Guard>, u8> {
    if n == 0 { Err(1) } else if n == 1 { Ok(None) } else { Ok(Some(guard(n))) }
}
fn mk_num(n: u32) -> Option<Option<u32>> {
    if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(n)) }
}
fn sync_match(n: u32) -> u32 {
    let og = mk(n);
    match og { Some(h) => { observe(n); 1 } None => 3 }
}
//@ args: sync_caller 0
//@ args: sync_caller 2
async fn sync_caller(n: u32) -> u32 {
    yield_now().await;
    sync_match(n)
}
//@ args: plain 0
//@ args: plain 1
//@ args: plain 2
async fn plain(n: u32) -> u32 {
    let og = mk(n);
    yield_now().await;
    match og { Some(h) => 1, None => 3 }
}
//@ args: held 0
//@ args: held 2
async fn held(n: u32) -> u32 {
    let og = mk(n);
    match og { Some(h) => { yield_now().await; 1 } None => 3 }
}
//@ args: numbers 0
//@ args: numbers 2
async fn numbers(n: u32) -> u32 {
    let og = mk_num(n);
    yield_now().await;
    match og { Some(Some(k)) => k, Some(None) => 5, None => 3 }
}
//@ args: result 0
//@ args: result 1
//@ args: result 2
async fn result(n: u32) -> u32 {
    let r = mk_res(n);
    yield_now().await;
    match r { Ok(h) => 1, Err(e) => e as u32 }
}
//@ args: in_struct 0
//@ args: in_struct 2
async fn in_struct(n: u32) -> u32 {
    let s = Holder { g: if n == 0 { None } else { Some(guard(n)) }, n };
    yield_now().await;
    match s.g { Some(h) => s.n, None => 3 }
}
//@ args: two 0
//@ args: two 2
async fn two(n: u32) -> u32 {
    let t = if n == 0 { Two::B(n) } else { Two::A(guard(n)) };
    yield_now().await;
    match t { Two::A(h) => 1, Two::B(k) => k }
}
//@ args: if_let 0
//@ args: if_let 2
async fn if_let(n: u32) -> u32 {
    let og = mk(n);
    yield_now().await;
    if let Some(h) = og { yield_now().await; 1 } else { 3 }
}
//@ args: while_let 0
//@ args: while_let 2
async fn while_let(n: u32) -> u32 {
    let mut k = n;
    let mut c = 0;
    while let Some(h) = mk(k) {
        yield_now().await;
        c += 1;
        k = 0;
    }
    c
}
//@ args: nested_struct 0
//@ args: nested_struct 2
async fn nested_struct(n: u32) -> u32 {
    let x = W { o: mk(n), n };
    yield_now().await;
    match x.o { Some(h) => x.n, None => 3 }
}
fn total(a: [u8; 3]) -> u32 { a[0] as u32 + a[1] as u32 + a[2] as u32 }
//@ args: array_tail 1
async fn array_tail(i: usize) -> u32 {
    let a = [mk(2), mk(1)];
    let w = [W { o: mk(i as u32), n: 1 }];
    yield_now().await;
    i as u32 + w[0].n + total([1, 2, 3])
}
async fn inner(n: u32) -> Option<Guard> {
    yield_now().await;
    if n == 0 { None } else { Some(guard(n)) }
}
async fn inner2(n: u32) -> Option<Option<Guard>> {
    yield_now().await;
    mk(n)
}
//@ args: awaited 0
//@ args: awaited 2
async fn awaited(n: u32) -> u32 {
    let a = inner(n).await;
    let b = inner2(n).await;
    yield_now().await;
    n
}
