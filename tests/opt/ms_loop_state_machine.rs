// PASS: merge-states
// FLAGS: --release
// must fire: a state machine in a loop, whose arms 0 and 1 await the same callee and set the
// same next state. The resume fn has a loop without an await (arm 2 goes round again), so
// the arms are told apart by merge-states' iterated loop hashes, not by the tree hash; the
// hashes include the constants, so arm 3 (which sets another state) is never tried.
//@ args: machine 7
async fn tick(v: u32) -> u32 { yield_now().await; v }

async fn machine(limit: u32) -> u32 {
    let mut state = 0u32;
    let mut n = 0u32;
    loop {
        match state {
            0 => {
                n += tick(1).await;
                state = 2;
            }
            1 => {
                n += tick(2).await;
                state = 2;
            }
            2 => {
                n += 1;
                state = if n > limit { 4 } else if n % 2 == 0 { 0 } else { 3 };
            }
            3 => {
                n += tick(3).await;
                state = 1;
            }
            _ => break,
        }
    }
    n
}
