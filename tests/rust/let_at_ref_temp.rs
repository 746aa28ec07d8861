// covers (temp37): `let a @ ref b = mk(n);` of a temporary: under a by-value `a @` rustc's is_binding_pat is
// false, so the temporary is the statement's (dropped at its end, not extended): a and b bound from it,
// b unused after the statement (a later use is rustc's E0716: tests/rust/invalid/let_at_ref_temp_*.rs);
// `a @ ref _b @ 0..`, an arithmetic temporary and a cast's, across awaits, in
// an async block and a sync fn
fn mk(n: u32) -> u32 { n + 1 }
fn sync(n: u32) -> u32 {
    let a @ ref _b = mk(n);
    let c @ ref _m = mk(n + 1);
    a + c
}
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let a @ ref _b = mk(n);
    yield_now().await;
    let d @ ref _r @ 0.. = n * 2;
    let e @ ref _s = mk(n) as u8;
    let f = async {
        let g @ ref _t = mk(n + 4);
        yield_now().await;
        g
    }.await;
    observe(a + d);
    a + d + e as u32 + f + sync(n)
}
