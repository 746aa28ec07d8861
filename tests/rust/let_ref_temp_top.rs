// covers (bc36): `let ref r @ p = mk();` of a temporary (a `ref` top binding: rustc's is_binding_pat
// extends the temporary to the end of the block, record_rvalue_scope), `ref mut m @ p`, `ref r @ (p | q)`,
// `ref r @ Some(v)` (v a copy), a Guard-holding temporary held across awaits; `let mut x = &mk();`
// reassigned (`x = &y;`) and assigned a `ref` binding of another temporary of the same block; in a loop,
// an async block and a sync fn
fn mk(n: u32) -> u32 { n + 1 }
fn mko(n: u32) -> Option<u32> { if n > 1 { Some(n) } else { None } }
fn mkg(n: u32) -> Option<Guard> { if n > 1 { Some(guard(n)) } else { None } }
fn sync(n: u32) -> u32 { let ref r @ 0.. = mk(n); let mut x = &mk(n + 1); let y = *x + *r; x = &y; *x }
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let ref r @ 0.. = mk(n);
    let ref mut m @ (0..=9 | 10..) = mk(n + 1);
    *m += 1;
    let ref o @ (Some(_) | None) = mko(n);
    let ref g @ (Some(_) | None) = mkg(n);
    yield_now().await;
    let mut x = &mk(n + 2);
    let a = *x;
    let y = n + 5;
    x = &y;
    let mut s = 0;
    {
        let mut w = &mk(n);
        let ref t = mk(n + 7);
        w = t;
        s += *w;
    }
    let mut i = 0;
    while i < 3 {
        i += 1;
        let ref q @ 0.. = mk(i);
        let mut z = &mk(i + 1);
        yield_now().await;
        s += *q + *z;
        z = q;
        s += *z;
    }
    let b = async { let ref c @ 0.. = mk(n); yield_now().await; *c }.await;
    let k = match o { Some(v) => *v, None => 0 } + match g { Some(_) => 1, None => 2 };
    *r + *m + a + *x + s + b + k + sync(n)
}
