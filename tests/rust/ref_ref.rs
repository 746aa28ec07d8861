// covers: references to references (refref33): `&&T`, `&mut &mut T`, `&mut &T` as the types of
// parameters, locals and `Option<&&T>`; `&&place` (its inner borrow a temporary, extended by a `let`),
// `**r`, `*rr` as a `&T`, auto-deref of `&&S` for field access and `&self` methods (`(*(*r)).a`,
// `&(**r)` after rustc's Derefer: deref_copy), `&&T` locals and an `Option<&&u32>` held across awaits;
// `let &x = e;`, `let &&x = e;` (of `&&place` too: its inner borrow extended), `let &mut mut x = e;`
// binding a Copy value, in fns and async blocks
struct S { a: u32, b: u32 }
impl S {
    fn m(&self) -> u32 { self.a + self.b }
}
fn two(r: &&u32) -> u32 {
    **r + 1
}
fn fld(r: &&S) -> u32 {
    r.a + r.m()
}
fn bump(r: &mut &mut u32) {
    **r += 1;
}
fn shared_in_mut(r: &mut &u32) -> u32 {
    let old = **r;
    let q = *r;
    old + *q
}
fn first(o: Option<&&u32>) -> u32 {
    match o { Some(r) => **r, None => 7 }
}
fn reborrow(rr: &&u32) -> u32 {
    let q: &u32 = *rr;
    let p = *rr;
    *q + *p
}
fn l3(n: u32) -> u32 { let y = n; let &x = &y; x }
fn l5(x: &u32) -> u32 { let r = &x; let &&y = r; y }
fn l6(n: u32) -> u32 { let mut y = n; let &mut mut z = &mut y; z += 1; z + y }
fn l7(s: &S) -> u32 { let &k = &s.a; let rr = &s; let &&s2 = &rr; k + s2.b }
fn l8(s: &&S) -> u32 { let &&k = &&s.a; k }
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let x = n;
    let r = &x;
    let rr = &r;
    yield_now().await;
    let s = S { a: n, b: 2 };
    let q = &&s;
    let mut m = n;
    let mut mr = &mut m;
    bump(&mut mr);
    let o = if n > 1 { Some(rr) } else { None };
    yield_now().await;
    two(rr) + fld(q) + **rr + q.a + first(o) + reborrow(&r) + m
}
//@ args: lets 3
//@ args: lets 9
async fn lets(n: u32) -> u32 {
    let y = n;
    let r = &y;
    let &a = r;
    yield_now().await;
    let &&b = &r;
    let rr = &r;
    let &&e = &&y;
    yield_now().await;
    let c = async { let y2 = 5u32; let r2 = &y2; let &&d = &r2; yield_now().await; d + 1 }.await + **rr;
    let s = S { a: 1, b: 2 };
    let k = n + 1;
    let mut kr = &k;
    let z = shared_in_mut(&mut kr);
    let mk = &mut kr;
    *mk = &y;
    a + b + c + e + l3(n) + l5(&n) + l6(n) + l7(&s) + l8(&&s) + z + *kr
}
