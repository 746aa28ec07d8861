// covers: checked arithmetic near the limits that does not overflow; division, remainder, shifts
//@ args: near 254,1
async fn near(a: u8, b: u8) -> u32 {
    let s = a + b;
    yield_now().await;
    let q = (s as u32) / 5;
    let r = (s as u32) % 5;
    let sh = (q << 2) >> 1;
    sh + r
}

async fn neg() -> i32 {
    let m: i32 = -2147483647;
    yield_now().await;
    m - 1
}
