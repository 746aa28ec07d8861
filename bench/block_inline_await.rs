// pattern: inline async blocks awaited in place to scope a critical section and compute a value
//@ args: update 5
async fn read_reg(r: u8) -> u32 { yield_now().await; r as u32 }
async fn write_reg(r: u8, v: u32) { yield_now().await; observe(v); }

async fn update(bits: u32) -> u32 {
    let old = async {
        let _cs = guard(1);
        read_reg(0x20).await
    }
    .await;
    async move {
        write_reg(0x20, old | bits).await;
    }
    .await;
    old
}
