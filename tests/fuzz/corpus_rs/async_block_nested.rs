// covers: nested async blocks, an async block in a sync fn context that is awaited by the caller
//@ args: outer 2
async fn leaf() -> u32 { yield_now().await; 4 }

async fn outer(k: u32) -> u32 {
    let f = async move {
        let inner = async move { leaf().await + k };
        inner.await * 2
    };
    f.await
}
