// covers: an enum matched inside a non-move async block is captured by reference (`_ref__m: &Mixed`,
// the match reads `(*_ref__m)`), inside an `async move` block by value (dropped with the block);
// rustc's print-type-sizes names the by-reference upvar `_ref__m`, coroslim `m` (a divergence of
// every by-reference capture, DESIGN.md), so this program is here rather than in tests/rust
enum Mixed { A(u8, u32), B(u16), C }
enum WithPair { Q(Guard), R }
async fn captured(n: u32) -> u32 {
    let m = Mixed::A(1, n);
    let by_ref = async { match m { Mixed::A(_, b) => b, _ => 0 } };
    let a = by_ref.await;
    let g = WithPair::Q(guard(9));
    let by_move = async move { yield_now().await; match g { WithPair::R => 1, _ => 2 } };
    a + by_move.await
}
