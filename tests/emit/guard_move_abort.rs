// covers: release + panic=abort where the IR's drop shim keeps a cleanup block (a Guard moved into an
// async move block, issue 22): every unwind action is UnwindUnreachable, as rustc's AbortUnwindingCalls
// leaves a coroutine's drop glue (an UnwindCleanup to a block that only resumes became a Continue rustc's
// validator rejects)
//@ emit: --release --panic=abort
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
