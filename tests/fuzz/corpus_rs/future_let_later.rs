// covers: async fn calls bound with `let` and awaited later, a future that is created but never awaited (dropped unpolled)
//@ args: val 1
//@ args: later 4
async fn val(x: u32) -> u32 { yield_now().await; x }

async fn later(x: u32) -> u32 {
    let f1 = val(x);
    let f2 = val(x + 1);
    observe(0);
    let b = f2.await;
    let a = f1.await;
    let _unused = val(99);
    a * 10 + b
}
