// pattern: sensor with a timeout modelled by a loop of yield_now; the outer retry re-arms the timeout
//@ args: data_ready 1
//@ args: read_timeout 5
async fn data_ready(t: u32) -> bool { yield_now().await; t > 3 }

async fn read_timeout(limit: u32) -> u32 {
    let mut t = 0u32;
    loop {
        if data_ready(t).await {
            return t;
        }
        if t >= limit {
            return 0;
        }
        yield_now().await;
        t += 1;
    }
}

async fn read_with_retries() -> u32 {
    let mut tries = 0;
    while tries < 3 {
        let r = read_timeout(2 + tries).await;
        if r != 0 {
            return r;
        }
        tries += 1;
    }
    0
}
