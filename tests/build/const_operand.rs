// const33: a const item's use is the operand `const NAME` (rustc's path: `N`, `f::K`,
// `tick::{closure#0}::STEP`), its items printed first; array lengths, repeat counts and
// const patterns hold the value; `-N` is a Neg with its overflow assert
const N: u32 = 4;
const SIGNED: i32 = -7;
const READY: bool = true;

fn f(x: u32) -> u32 {
    const K: u32 = N + 1;
    let a = [K; N as usize];
    let m = match x {
        N => 1,
        K => 2,
        _ => 3,
    };
    let n = -SIGNED;
    if READY { x + K + m + a[0] + n as u32 } else { 0 }
}

async fn tick(x: u32) -> u32 {
    const STEP: u32 = 3;
    yield_now().await;
    x + STEP
}
