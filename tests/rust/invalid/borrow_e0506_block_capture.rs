// invalid: assigning a variable an async block captured by reference, the block awaited after (E0506)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let b = async { v + 1 };
    v = 5; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    b.await
}
