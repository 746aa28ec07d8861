// covers: a Guard moved into an async move block (issue 22): the block's upvar is moved out
// again (into a local of the block, or out as the block's value); rustc drops it once
//@ args: into_block 4
//@ args: out_of_block 3
async fn into_block(x: u32) -> u32 {
    let g = guard(x);
    let b = async move {
        let h = g;
        yield_now().await;
        observe(x);
        x + 2
    };
    b.await
}

async fn out_of_block(x: u32) -> u32 {
    let g = guard(7);
    let h = async move {
        yield_now().await;
        observe(x);
        g
    }
    .await;
    observe(9);
    x
}
