// covers: struct patterns in `let` statements (issue 22 item 4): `let Pair { a, g } = s;`, `let P(x, _) = t;`,
// lowered as rustc 1.95's expr_into_pattern (the bindings declared in pattern order, the initializer's
// PlaceMention, the bindings copied or moved out of its fields, their drops at the end of the block); a Guard
// moved out (the struct partially moved, its other fields still read), held across an await; a temporary
// initializer (its unmoved fields dropped at the end of the statement); nested struct patterns, a renamed
// and a `mut` binding, a type annotation, a let pattern inside a loop and inside an async block
struct Pair { a: u32, g: Guard }
struct P(u8, u32);
struct Outer { p: P, q: Pair, n: u32 }
fn mkpair(n: u32) -> Pair { Pair { a: n % 3, g: guard(n) } }
//@ args: mv 0
//@ args: mv 1
async fn mv(n: u32) -> u32 {
    let s = mkpair(n);
    yield_now().await;
    let Pair { a, g } = s;
    yield_now().await;
    observe(a);
    a + 1
}
//@ args: part 2
async fn part(n: u32) -> u32 {
    let s = mkpair(n);
    let Pair { g: h, .. } = s;
    yield_now().await;
    let t = s.a;
    yield_now().await;
    t
}
//@ args: copy_only 1
async fn copy_only(n: u32) -> u32 {
    let s = mkpair(n);
    let Pair { a, .. } = s;
    yield_now().await;
    a + s.a
}
//@ args: temp 4
async fn temp(n: u32) -> u32 {
    let P(x, _) = P(n as u8, n + 1);
    let Pair { a, .. } = mkpair(n);
    yield_now().await;
    let Pair { g, a: b } = mkpair(n + 1);
    yield_now().await;
    x as u32 + a + b
}
//@ args: nest 5
async fn nest(n: u32) -> u32 {
    let o = Outer { p: P(1, n), q: mkpair(n), n };
    yield_now().await;
    let Outer { p: P(k, m), q: Pair { g, .. }, n: mut c }: Outer = o;
    c += 1;
    yield_now().await;
    k as u32 + m + c + o.q.a
}
//@ args: lp 3
async fn lp(n: u32) -> u32 {
    let mut acc = 0;
    let mut i = 0;
    while i < n {
        let Pair { a, g } = mkpair(i);
        yield_now().await;
        acc += a;
        i += 1;
    }
    acc
}
//@ args: blk 2
async fn blk(n: u32) -> u32 {
    let b = async move {
        let s = mkpair(n);
        yield_now().await;
        let Pair { a, g } = s;
        yield_now().await;
        a
    };
    b.await
}
