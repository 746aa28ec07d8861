// covers: derived clones in the emitted crate (derive38): a Clone-only struct is emitted with `#[derive(Clone)]`
// (clone39: core's `<[Q; 2] as Clone>::clone` needs `Q: Clone`; the crate's own calls never reach that impl),
// its field-wise `<Q as Clone>::clone` a free fn (Fn.derived: no trait wrapper of the crate's own, which
// would shadow core's Clone: E0186 before) calling core's `<u32 as Clone>::clone` and the Copy item's
// derived clone; `q.clone()` and `p.clone()` calls across an await.
#[derive(Clone, Copy)]
struct P { a: u32, b: bool }
#[derive(Clone)]
struct Q { a: u32, p: P, c: char }
//@ args: cloned 3
async fn cloned(n: u32) -> u32 {
    let q = Q { a: n, p: P { a: 2, b: true }, c: 'k' };
    let q2 = q.clone();
    yield_now().await;
    let p = q.p.clone();
    q2.a + p.a + q.a + q2.c as u32
}
