// PASS: merge-states
// must fire: awaits in nested match/if arms, four Suspend states -> two: the
// if's arms merge, and the match's last two arms merge. The if's state does not
// merge with theirs: its result reaches the match's join through one more
// temporary (`r = move if_result`), so the code after resume differs by a move.
//@ args: handle 0,true
//@ args: handle 1,false
//@ args: handle 2,true
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn handle(cmd: u8, flag: bool) -> u32 {
    match cmd {
        0 => {
            if flag { send(1).await } else { send(2).await }
        }
        1 => send(3).await,
        _ => send(4).await,
    }
}
