// pattern: unit-conversion wrappers: preamble computes the raw argument, postamble scales the result
//@ args: read_raw 1
//@ args: read_millivolts 2
//@ args: read_celsius 3
async fn read_raw(ch: u8) -> u16 { yield_now().await; 2048 + ch as u16 }

async fn read_millivolts(ch: u8) -> u32 {
    let c = if ch > 7 { 7 } else { ch };
    let raw = read_raw(c).await;
    (raw as u32) * 3300 / 4096
}

async fn read_celsius(ch: u8) -> i32 {
    let mv = read_millivolts(ch).await;
    (mv as i32 - 500) / 10
}
