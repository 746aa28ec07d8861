// covers: a program rustc prints no warning for (every variable used, no dead code, every
// future awaited): no warning here either.
async fn leaf(x: u32) -> u32 {
    yield_now().await;
    x + 1
}
async fn root(n: u32) -> u32 {
    let mut acc = 0;
    let mut i = 0;
    while i < n {
        acc += leaf(i).await;
        i += 1;
    }
    match acc { 0 => 1, k => k }
}
