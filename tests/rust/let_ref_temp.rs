// covers: temporaries borrowed by a `let` (temp33): `let ref r = mk();`, `let ref mut r = mk();`, `let r =
// &mk();`, `let r = &mut mk();` of a call, a struct literal, an arithmetic value, a cast: rustc extends the
// temporary to the end of the block (region.rs record_rvalue_scope_if_borrow_expr / is_binding_pat), its
// StorageDead and drop after the binding's; a Guard temporary held across awaits (a saved local), in a
// loop, in a nested block, in an async block, in a sync fn; patterns binding by `ref` a temporary's fields
// (`let P { ref a, .. } = mkp(n);`, an or-pattern of variants: rustc's is_binding_pat extends it too)
struct P { a: u32, g: Guard }
fn mkg(n: u32) -> Guard { guard(n) }
fn mk(n: u32) -> u32 { n + 1 }
fn mkp(n: u32) -> P { P { a: n, g: guard(n) } }
fn mko(n: u32) -> Option<Guard> { if n > 2 { Some(guard(n)) } else { None } }
enum E { A(u32, Guard), B(Guard) }
fn mke(n: u32) -> E { if n > 2 { E::A(n, guard(n)) } else { E::B(guard(n + 1)) } }
//@ args: held 3
//@ args: held 0
async fn held(n: u32) -> u32 {
    let a = 1;
    let ref r = mkg(n);
    let b = 2;
    yield_now().await;
    let ref k = mk(n);
    let ref mut m = mk(n + 1);
    *m += 1;
    let q = &mkp(n);
    yield_now().await;
    let w = &mut mk(n);
    *w += 2;
    let ref s = P { a: n, g: guard(n + 5) };
    let ref x = n * 2 + a;
    let ref c = (n + 3) as u8;
    a + b + *k + *m + q.a + *w + s.a + *x + *c as u32 + if let Some(_) = r0(n) { 1 } else { 0 }
}
fn r0(n: u32) -> Option<u32> { if n > 1 { Some(n) } else { None } }
//@ args: scoped 2
//@ args: scoped 5
async fn scoped(n: u32) -> u32 {
    let mut t = 0;
    {
        let ref o = mko(n);
        yield_now().await;
        t += if let Some(_) = *o { 1 } else { 2 };
    }
    let mut i = 0;
    while i < n {
        let g = &mkp(i);
        if i == 1 {
            yield_now().await;
        }
        t += g.a;
        i += 1;
    }
    let ref mut p = mkp(n);
    p.a += 4;
    let e = match n { 0 => 1, _ => { let ref h = mkg(n); yield_now().await; 3 } };
    t + p.a + e
}
fn sync_temp(n: u32) -> u32 {
    let ref r = mkp(n);
    let t = &mkg(n);
    let ref mut z = mk(n);
    *z += r.a;
    *z
}
//@ args: in_block 4
async fn in_block(n: u32) -> u32 {
    let c = async move { let ref r = mkp(n); yield_now().await; let ref mut k = mk(r.a); *k += 1; *k };
    let d = async { let s = &mkg(n); yield_now().await; n };
    c.await + d.await + sync_temp(n)
}
//@ args: fields 3
//@ args: fields 1
async fn fields(n: u32) -> u32 {
    let P { ref a, .. } = mkp(n);
    yield_now().await;
    let P { a: ref mut b, ref g } = mkp(n + 1);
    *b += 1;
    let (E::A(_, ref h) | E::B(ref h)) = mke(n);
    yield_now().await;
    let P { a: c, .. } = mkp(n);
    *a + *b + c
}
