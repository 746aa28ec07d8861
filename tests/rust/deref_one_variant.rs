// covers (pat36): a one-variant enum's variant pattern behind a reference binding Copy fields (`match *re {
// W::A(v, _) => v }`, `let &W::A(v, _) = re;`, `let &&W::A(_, k) = rr;`, `if let W::A(a, 3) = *re`, a `ref
// mut` field through `*rm`): the fields read in place, the value not moved (before pat36 a false E0507
// "cannot move out of `*re` which is behind a shared reference"), in sync fns and an async fn across awaits
enum W { A(u32, u32) }
fn w1(re: &W) -> u32 {
    match *re { W::A(v, _) => v }
}
fn w2(re: &W) -> u32 {
    let &W::A(v, _) = re;
    let rr = &re;
    let &&W::A(_, k) = rr;
    v + k
}
fn w3(re: &W) -> u32 {
    if let W::A(a, 3) = *re { a } else { 8 }
}
fn w4(rm: &mut W) -> u32 {
    match *rm { W::A(ref mut x, y) => { *x += y; *x } }
}
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let mut w = W::A(n, 3);
    let r = &w;
    let &W::A(a, b) = r;
    yield_now().await;
    let c = match *r { W::A(x, _) => x + 1 };
    let d = w4(&mut w);
    let v = W::A(n, n);
    a + b + c + d + w1(&w) + w2(&w) + w3(&v)
}
