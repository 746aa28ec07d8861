// pattern: hand-written "select": poll a timeout block or a data block depending on a flag, both kept as futures
//@ args: wait_data 3,true
async fn tick() { yield_now().await; }
async fn data() -> u32 { yield_now().await; 77 }

async fn wait_data(limit: u32, prefer_data: bool) -> u32 {
    let timeout = async move {
        let mut t = 0u32;
        while t < limit {
            tick().await;
            t += 1;
        }
        0u32
    };
    let rx = async { data().await };
    if prefer_data { rx.await } else { timeout.await }
}
