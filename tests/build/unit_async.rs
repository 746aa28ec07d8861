// covers: async fns returning (), awaiting unit futures, statements only
async fn nothing() {}
async fn unit_chain(x: u32) {
    nothing().await;
    observe(x);
    yield_now().await;
}
