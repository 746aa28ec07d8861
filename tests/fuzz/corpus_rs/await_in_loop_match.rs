// covers: a state-machine style loop: match on a state variable inside a loop, each arm awaiting
//@ args: machine 5
async fn tick(v: u32) -> u32 { yield_now().await; v }

async fn machine(limit: u32) -> u32 {
    let mut state = 0u8;
    let mut n = 0u32;
    loop {
        match state {
            0 => {
                n += tick(1).await;
                state = 1;
            }
            1 => {
                n += tick(2).await;
                state = if n > limit { 2 } else { 0 };
            }
            _ => break,
        }
    }
    n
}
