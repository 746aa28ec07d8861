// invalid: a block's tail `{ h(&mk(n)) }` as a `let` initializer: the temporary lives to the end of the
// `let` (rustc 2021), the future is awaited later (rustc E0716 at the temporary; tempref36)
fn mk(n: u32) -> u32 { n + 1 }
async fn h(r: &u32) -> u32 { yield_now().await; *r }
async fn f(n: u32) -> u32 {
    let fut = {
        let k = n + 1;
        h(&mk(k)) //~ ERROR [E0716] temporary value dropped while borrowed
    };
    fut.await
}
