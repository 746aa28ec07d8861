// covers: struct patterns on places an async block captures (issue 22 item 4): the block captures the
// fields the pattern reads (`_ref__s__a`, `s__g` by value), its match has no place for the scrutinee (no
// PlaceMention, no FakeRead) and tests and binds on the upvars; a `let` struct pattern the same; an
// `if let` captures its whole initializer (`o__p`) and mentions it
struct Pair { a: u32, g: Guard }
struct P(u32, Guard);
struct O { p: P, n: u32 }
async fn by_field(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let b = async { match s { Pair { a: 0, g } => { yield_now().await; 1 } Pair { a, .. } => a } };
    b.await
}
async fn by_let(n: u32) -> u32 {
    let o = O { p: P(n, guard(n)), n: 2 };
    async move { let O { p: P(k, g), .. } = o; k }.await
}
async fn by_if_let(n: u32) -> u32 {
    let o = O { p: P(n, guard(n)), n: 2 };
    async { if let P(3, g) = o.p { 1 } else { o.n } }.await
}
