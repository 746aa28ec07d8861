// covers: a Guard parameter moved out on one path only (issue 22): rustc keeps a drop flag and
// drops the guard on the other path (or at cancellation) exactly once
//@ args: maybe_move 5,true
//@ args: maybe_move 5,false
async fn hold(g: Guard) -> u32 {
    yield_now().await;
    observe(1);
    2
}

async fn maybe_move(g: Guard, c: bool) -> u32 {
    if c {
        hold(g).await
    } else {
        yield_now().await;
        observe(3);
        4
    }
}
