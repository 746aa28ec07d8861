// covers: checked + - * on unsigned integers, division and remainder with the divide-by-zero assert
fn arith(a: u32, b: u32) -> u32 {
    let s = a + b;
    let d = a - b;
    let p = a * b;
    let q = a / b;
    let r = a % b;
    s + d + p + q + r
}
