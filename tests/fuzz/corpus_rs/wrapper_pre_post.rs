// covers: single-await wrappers with a preamble and a postamble
//@ args: leaf 1
//@ args: pre 11
//@ args: post 4
//@ args: both 12
async fn leaf(v: u32) -> u32 {
    yield_now().await;
    v * 3
}

async fn pre(x: u32) -> u32 {
    let y = x > 10;
    let arg = if y { x - 10 } else { x };
    leaf(arg).await
}

async fn post(x: u32) -> u32 {
    let r = leaf(x).await;
    r * 2
}

async fn both(x: u32) -> u32 {
    let y = x > 10;
    let r = leaf(if y { 1 } else { 0 }).await;
    observe(r);
    r * 2 + 1
}
