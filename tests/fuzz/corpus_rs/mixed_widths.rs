// covers: mixed integer widths saved across awaits so padding and field ordering matter
//@ args: widths 1,2,3,4
async fn widths(a: u8, b: u16, c: u32, d: u64) -> u64 {
    let x: u8 = a + 1;
    yield_now().await;
    let y: u16 = b * 2;
    yield_now().await;
    let z: u64 = d + 1;
    yield_now().await;
    let w: u8 = x ^ 3;
    yield_now().await;
    (x as u64) + (y as u64) + (c as u64) + z + (w as u64)
}

async fn bytes() -> u8 {
    let a = 1u8;
    let b = 2u8;
    let c = 3u16;
    yield_now().await;
    a + b + (c as u8)
}
