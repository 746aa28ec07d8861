// covers: a range whose bounds are equal once negated zero is zero (`-0..=0`, `-0..=-0`): rustc 1.95 lowers
// it as the constant 0 (a SwitchInt), not as a Range test (issue 22 item 4; rustc's PatRange with lo == hi
// is a constant pattern)
//@ args: negzero 0
//@ args: negzero 3
//@ args: negzero -2
//@ args: negzero 7
async fn negzero(n: i32) -> u32 {
    yield_now().await;
    let s = negzero_sync(n);
    match n {
        -0..=0 => 1 + s,
        1..=5 => 2 + s,
        _ => 3 + s,
    }
}
fn negzero_sync(n: i32) -> u32 {
    match n {
        -0..=-0 => 10,
        -3..=3 => 20,
        _ => 30,
    }
}
