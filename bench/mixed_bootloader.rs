// pattern: bootloader: check a flag, erase/program loop over pages, verify, with early returns and u16/u32 mix
//@ args: erase 1
//@ args: program 1,2
//@ args: boot 3
async fn erase(page: u16) -> bool { yield_now().await; page < 100 }
async fn program(page: u16, word: u32) -> bool { yield_now().await; word != 0 }
async fn verify(page: u16) -> u32 { yield_now().await; page as u32 }

async fn boot(pages: u16) -> u32 {
    let mut p: u16 = 0;
    let mut crc: u32 = 0xffff_ffff;
    while p < pages {
        if !erase(p).await {
            return 1;
        }
        if !program(p, 0xdead_0000 | p as u32).await {
            return 2;
        }
        crc ^= verify(p).await;
        p += 1;
    }
    crc
}
