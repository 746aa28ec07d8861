// covers (bcj39): a borrow of a place behind a shared reference (`&*r`, `&r.a`, `&(*r).b` of r: &T) is
// not tracked by rustc's borrow checker (rustc_borrowck Place::ignore_borrow), so `&mut r` while it is
// live is accepted (it was E0502 here), and so is assigning r; the reborrow still carries r's loans
struct P { a: u32, b: u32 }
fn pick(n: u32, c: u32) -> u32 {
    let a = n + 1;
    let mut r = &a;
    let b = &*r;
    let m = &mut r;
    *m = &c;
    *b + *r
}
fn fields(p: &P, q: &P) -> u32 {
    let mut r = p;
    let x = &r.a;
    let y = &(*r).b;
    let m = &mut r;
    *m = q;
    *x + *y + r.a
}
//@ args: held 3
//@ args: held 0
async fn held(n: u32) -> u32 {
    let y = n + 1;
    let z = n + 5;
    let mut r = &y;
    let b = &*r;
    let m = &mut r;
    yield_now().await;
    *m = &z;
    let p = P { a: n, b: 2 };
    let q = P { a: 4, b: n };
    *b + *r + pick(n, y) + fields(&p, &q)
}
//@ args: looped 2
async fn looped(n: u32) -> u32 {
    let w = [n, n + 1, n + 2];
    let mut r = &w[0];
    let mut t = 0;
    let mut i = 0;
    while i < 3 {
        let b = &*r;
        r = &w[i];
        yield_now().await;
        t += *b + *r;
        i += 1;
    }
    t
}
