// invalid (lint38): coroslim reports arithmetic_overflow as an error; allowing it is refused
#[allow(arithmetic_overflow)] //~ ERROR `allow(arithmetic_overflow)` is not supported
async fn g() -> u8 { 255u8 + 1 }
