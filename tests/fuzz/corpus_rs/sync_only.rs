// covers: a program with only sync fns (no coroutines at all), loops, match, guards in sync code
fn collatz(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn guarded(x: u32) -> u32 {
    let _g = guard(x);
    match collatz(x as u64) {
        0 => 1,
        _ => 2,
    }
}
