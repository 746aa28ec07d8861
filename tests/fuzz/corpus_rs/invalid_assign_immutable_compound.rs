// invalid: compound assignment to an immutable variable in an async fn
async fn f() -> u32 {
    let x = 1u32;
    yield_now().await;
    x += 2; //~ ERROR cannot assign twice to immutable variable
    x
}
