// covers: rust-lang/rust#62958 "Async fn doubles argument size" in the subset (no arrays, no
// `impl Future` parameters): `async fn test(arg: [u8; 8192])` that awaits and then uses its
// argument is four u64 arguments here, and `use_future(use_future(..(test(arg))))`'s ten
// layers are async fns that pass the arguments down and await the layer below.
async fn test(a: u64, b: u64, c: u64, d: u64) -> u64 {
    yield_now().await;
    a + b + c + d
}

async fn layer1(a: u64, b: u64, c: u64, d: u64) -> u64 {
    test(a, b, c, d).await
}

async fn layer2(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer1(a, b, c, d).await
}

async fn layer3(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer2(a, b, c, d).await
}

async fn layer4(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer3(a, b, c, d).await
}

async fn layer5(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer4(a, b, c, d).await
}

async fn layer6(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer5(a, b, c, d).await
}

async fn layer7(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer6(a, b, c, d).await
}

async fn layer8(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer7(a, b, c, d).await
}

async fn layer9(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer8(a, b, c, d).await
}

async fn layer10(a: u64, b: u64, c: u64, d: u64) -> u64 {
    layer9(a, b, c, d).await
}
