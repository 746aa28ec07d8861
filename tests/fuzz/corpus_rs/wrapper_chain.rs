// covers: a chain of wrappers l4 -> l3 -> l2 -> l1 -> yield_now
async fn l1() { yield_now().await }
async fn l2() { l1().await }
async fn l3() { l2().await }
async fn l4() { l3().await }

async fn v1() -> u32 { yield_now().await; 1 }
async fn v2() -> u32 { v1().await }
async fn v3() -> u32 { v2().await }
async fn v4() -> u32 { v3().await }

async fn run() -> u32 {
    l4().await;
    v4().await
}
