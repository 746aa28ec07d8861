// pattern: sampling loop that skips bad samples with `continue` and retries until enough good ones
//@ args: collect 3
async fn sample(i: u32) -> u16 { yield_now().await; (i * 37 % 11) as u16 }

async fn collect(need: u32) -> u32 {
    let mut good = 0u32;
    let mut i = 0u32;
    let mut acc = 0u32;
    while good < need {
        i += 1;
        let s = sample(i).await;
        if s > 8 {
            continue;
        }
        acc += s as u32;
        good += 1;
    }
    acc
}
