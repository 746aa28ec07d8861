// covers (pat35): a temporary under field projections borrowed by a `let` (rustc's record_rvalue_scope
// goes through fields: the temporary lives to the end of the block): `let ref r = mk(n).0;`, `let r =
// &mk(n).1;`, `let ref s = mkp(n).w.0;`, `let ref mut m = mkg(n).k;` of a struct holding a Guard (dropped
// at the block's end, after the binding's last use), held across awaits, in an async block, in an inner
// block
struct W(u32, u32);
struct P { a: u32, w: W }
struct G { g: Guard, k: u32 }
fn mk(n: u32) -> W { W(n, 2) }
fn mkp(n: u32) -> P { P { a: n, w: W(n, 3) } }
fn mkg(n: u32) -> G { G { g: guard(n), k: n + 1 } }
fn one(n: u32) -> u32 {
    let ref r = mk(n).0;
    let q = &mk(n).1;
    let ref s = mkp(n).w.0;
    *r + *q + *s
}
fn two(n: u32) -> u32 {
    let t = {
        let ref mut m = mkg(n).k;
        *m += 1;
        observe(*m);
        *m
    };
    t + 1
}
//@ args: foo 3
async fn foo(n: u32) -> u32 {
    let ref a = mkg(n).k;
    yield_now().await;
    let b = &mkp(n).w.1;
    let c = async { let ref d = mkg(n + 1).k; yield_now().await; *d }.await;
    observe(*a + *b);
    *a + *b + c + one(n) + two(n)
}
