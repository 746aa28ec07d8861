// pattern: sensor hub task: init, then a periodic loop reading several sensors of different widths, match on mode
//@ args: read8 1
//@ args: read16 1
//@ args: read32 1
//@ args: hub 3,1
async fn read8(r: u8) -> u8 { yield_now().await; r + 1 }
async fn read16(r: u8) -> u16 { yield_now().await; (r as u16) << 8 }
async fn read32(r: u8) -> u32 { yield_now().await; (r as u32) << 16 }
async fn sleep() { yield_now().await; }

async fn hub(cycles: u32, mode: u8) -> u64 {
    let id = read8(0x0f).await;
    let mut acc: u64 = id as u64;
    let mut c = 0;
    while c < cycles {
        let v: u64 = match mode {
            0 => read8(0x10).await as u64,
            1 => read16(0x20).await as u64,
            _ => read32(0x30).await as u64,
        };
        acc += v;
        sleep().await;
        c += 1;
    }
    acc
}
