// pattern: async trait impls that never await (OutputPin-style set_high/set_low on a memory-mapped port)
//@ args: set_high 5
//@ args: set_low 5
//@ args: is_set_high 5
async fn set_high(pin: u8) {
    observe(0x4000_0000 | (1u32 << pin));
}

async fn set_low(pin: u8) {
    observe(0x4000_0004 | (1u32 << pin));
}

async fn is_set_high(pin: u8) -> bool {
    pin % 2 == 0
}

async fn blink() {
    set_high(5).await;
    yield_now().await;
    set_low(5).await;
}
