// covers: unit async blocks, await-free async blocks, async block containing a guard
//@ args: run 8
async fn run(x: u32) {
    async {}.await;
    let c = async { 5u32 }.await;
    async move {
        let _g = guard(x);
        yield_now().await;
        observe(c);
    }
    .await;
}
