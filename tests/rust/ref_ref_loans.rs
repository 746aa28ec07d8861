// covers (loan34): a borrow of a reference variable keeps the loans it holds live only while the
// new reference is: the borrowed places assigned, moved or mutably borrowed after the last use of
// `rr = &r` / `&mut r` / `&&y` (NLL accepts), `rr` reassigned to `&r2` before r's place is assigned,
// `&&u32` passed to a fn and held across an await before that
struct S { a: u32 }
impl S {
    fn m(&self) -> u32 { self.a }
}
fn two(r: &&u32) -> u32 { **r + 1 }
fn after_use(n: u32) -> u32 {
    let mut y = n;
    let r = &mut y;
    let rr = &r;
    let z = **rr;
    y = 2;
    z + y
}
fn after_mut(n: u32) -> u32 {
    let mut y = n;
    let mut r = &mut y;
    let rr = &mut r;
    **rr += 1;
    y += 1;
    y
}
fn reassigned(n: u32) -> u32 {
    let mut y = n;
    let z = n + 1;
    let r = &y;
    let r2 = &z;
    let mut rr = &r;
    let a = two(rr);
    rr = &r2;
    y = 3;
    a + **rr + y
}
fn method(n: u32) -> u32 {
    let mut s = S { a: n };
    let r = &s;
    let rr = &r;
    let k = rr.m();
    s.a = 5;
    let t = s;
    k + t.a
}
fn temp(n: u32) -> u32 {
    let mut y = n;
    let rr = &&y;
    let k = **rr;
    let m = &mut y;
    *m += k;
    y
}
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let mut y = n;
    let r = &y;
    let rr = &r;
    yield_now().await;
    let a = two(rr) + ***&rr;
    y = 7;
    yield_now().await;
    let b = async {
        let mut w = 4u32;
        let q = &mut w;
        let qq = &q;
        let c = **qq;
        yield_now().await;
        w += c;
        w
    }.await;
    a + b + y + after_use(n) + after_mut(n) + reassigned(n) + method(n) + temp(n)
}
