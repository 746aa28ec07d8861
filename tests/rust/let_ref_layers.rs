// covers (pat36): patterns under a `let`'s reference pattern: two layers of mixed mutability over a struct
// pattern (`let &&mut S { a, .. } = &&mut s;`, `let &mut &S { b, .. } = &mut &t;`, `let &mut &mut S { a:
// ref mut c, .. } = &mut &mut u;`: rustc's `_6 = &mut _2; _5 = &_6; PlaceMention(_5)`, the field read
// through both derefs, the inner borrow extended to the block), wildcards inside (`let &S { a: _, b }`,
// `let &W(_, c)`), a parenthesized binding under `&mut` (`let &mut (mut x) = &mut y;`, `let &(x) = &y;`:
// rustc's unused_parens warns, the MIR is `let &mut mut x`'s), in sync fns, an async fn across awaits
// and an async block
struct S { a: u32, b: u32 }
struct W(u32, u32);
fn l1(n: u32) -> u32 {
    let mut s = S { a: n, b: 2 };
    let &&mut S { a, .. } = &&mut s;
    let mut t = S { a: 1, b: n };
    let &mut &S { b, .. } = &mut &t;
    let mut u = S { a: 3, b: 4 };
    let &mut &mut S { a: ref mut c, .. } = &mut &mut u;
    *c += n;
    a + b + u.a + t.a
}
fn l2(n: u32) -> u32 {
    let s = S { a: n, b: 2 };
    let &S { a: _, b } = &s;
    let w = W(n, 1);
    let &W(_, c) = &w;
    let &&W(_, d) = &&w;
    let mut y = n;
    let &mut (mut x) = &mut y;
    x += 1;
    let &(z) = &y;
    b + c + d + x + z
}
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let mut s = S { a: n, b: 5 };
    let &&mut S { a, .. } = &&mut s;
    yield_now().await;
    let t = S { a: 2, b: n };
    let k = async {
        let &mut &S { b, .. } = &mut &t;
        yield_now().await;
        b
    }.await;
    let mut y = n + 1;
    let &mut (mut x) = &mut y;
    yield_now().await;
    x += a;
    x + k + l1(n) + l2(n)
}
