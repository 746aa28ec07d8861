// covers: async blocks bound with `let` then awaited later (move and non-move), blocks capturing locals
//@ args: later 5
async fn later(x: u32) -> u32 {
    let y = x * 2;
    let fut_a = async move {
        yield_now().await;
        y + 1
    };
    let fut_b = async {
        yield_now().await;
        7u32
    };
    observe(y);
    let r = fut_b.await;
    let s = fut_a.await;
    r + s
}
