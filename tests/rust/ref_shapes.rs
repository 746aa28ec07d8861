// covers: references to struct fields and Guards, field access through references (auto-deref, read and
// write), drop-and-replace through `&mut Guard`, reborrows of `&mut` at call arguments, `&mut T` coerced to
// `&T`, annotated lets and assignments of references, borrows inside async blocks (captured by reference)
struct Pair { a: u32, g: Guard }
struct In { b: u8, p: Pair }
fn get(r: &u32) -> u32 { *r }
fn put(r: &mut u32, v: u32) { *r = v; }
fn field(p: &Pair) -> u32 { p.a + 1 }
fn inner(i: &mut In) -> u32 { i.b = i.b + 1; i.p.a = 2; let g = &i.p.g; i.b as u32 }
async fn swap_guard(slot: &mut Guard, v: u32) {
    yield_now().await;
    *slot = guard(v);
    yield_now().await;
}
async fn pair_ref(p: &mut Pair) -> u32 {
    p.a += 1;
    yield_now().await;
    let x = &mut p.a;
    *x = *x * 2;
    observe(field(p));
    p.g = guard(p.a);
    p.a
}
async fn shapes(n: u32) -> u32 {
    let mut p = Pair { a: n, g: guard(1) };
    let m = &mut p.a;
    put(m, 3);
    put(m, 4);
    yield_now().await;
    let r: &u32 = m;
    observe(get(r));
    let mut q = &p.a;
    let g = &p.g;
    yield_now().await;
    let mut w = In { b: 1, p: Pair { a: 2, g: guard(7) } };
    q = &w.p.a;
    observe(*q + inner(&mut w));
    swap_guard(&mut p.g, 9).await;
    let total = pair_ref(&mut p).await;
    let mut c = 5;
    let blk = async {
        let rc = &mut c;
        *rc += 1;
        yield_now().await;
        *rc
    };
    let v = blk.await;
    total + v + c
}
// a borrowed local is not propagated by rustc's KnownPanicsLint: `a + 100` is not a known overflow
fn borrowed_const() -> u8 {
    let a = 200u8;
    let r = &a;
    if *r > 250 { a + 100 } else { a }
}
