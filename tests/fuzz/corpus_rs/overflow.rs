// covers: checked arithmetic that overflows in debug builds (panics) after an await; args chosen to overflow
//@ args: add_u8 200,100
//@ args: mul_u32 70000,70000
//@ args: sub_u16 1,2
async fn add_u8(a: u8, b: u8) -> u8 {
    yield_now().await;
    a + b
}

async fn mul_u32(a: u32, b: u32) -> u32 {
    let p = a * b;
    yield_now().await;
    p
}

async fn sub_u16(a: u16, b: u16) -> u16 {
    yield_now().await;
    a - b
}
