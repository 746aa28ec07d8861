// covers: await-free async fns (constant, unit, with params, with side effects and a guard)
//@ args: add 3,4
//@ args: noisy 9
async fn c() -> u32 { 42 }

async fn f() {}

async fn add(a: u32, b: u32) -> u32 { a + b }

async fn noisy(x: u32) -> u32 {
    let _g = guard(x);
    observe(x + 1);
    x * 2
}

async fn user() -> u32 {
    f().await;
    let a = c().await;
    let b = add(a, 1).await;
    b + noisy(2).await
}
