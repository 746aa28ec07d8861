// PASS: relocate-upvars
// must fire: #62958's nested layers (`use_future(use_future(test(arg)))`) in the
// subset, which has neither arrays nor `impl Future` parameters: each layer is an
// async fn that passes its arguments on to the layer below and awaits it. rustc's
// layer holds its arguments (prefix) beside the awaited layer, which holds them
// too: every layer adds their size again. Relocated, a layer's arguments share
// bytes with the future it awaits: 56/88/120/152 -> 32/40/48/56 bytes (layer0..3).
//@ args: layer3 1,2,3
async fn layer0(a: u64, b: u64, c: u64) -> u64 {
    yield_now().await;
    a + b + c
}

async fn layer1(a: u64, b: u64, c: u64) -> u64 {
    layer0(a, b, c).await
}

async fn layer2(a: u64, b: u64, c: u64) -> u64 {
    layer1(a, b, c).await
}

async fn layer3(a: u64, b: u64, c: u64) -> u64 {
    layer2(a, b, c).await
}
