// pattern: Wait::wait_for_high forwarding to the EXTI channel future
//@ args: exti_wait 1,true
//@ args: wait_for_high 1
//@ args: wait_for_low 1
async fn exti_wait(pin: u8, level: bool) -> bool {
    yield_now().await;
    observe(pin as u32);
    level
}

async fn wait_for_high(pin: u8) -> bool { exti_wait(pin, true).await }

async fn wait_for_low(pin: u8) -> bool { exti_wait(pin, false).await }

async fn button() -> bool {
    let h = wait_for_high(3).await;
    let l = wait_for_low(3).await;
    h && !l
}
