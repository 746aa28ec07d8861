// invalid: a half-open range inside a variant whose lower bound names a local: E0080
async fn f(x: u32) -> u32 {
    let lim = 3;
    match Some(x) {
        Some(0 | lim..) => 1, //~ ERROR [E0080] runtime values cannot be referenced in patterns
        _ => 2,
    }
}
