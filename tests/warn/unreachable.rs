// covers: unreachable_code: a statement after `return`, an expression after `loop {}`, once per
// block, a call whose argument diverges, an `if` / `match` whose every arm diverges, `continue`
// and `break` in loops, an async block's body on its own.
fn after_return(n: u32) -> u32 {
    return n;
    observe(1);
    observe(2);
    0
}
fn after_loop() -> u32 {
    loop {}
    0
}
fn call_arg(n: u32) -> u32 {
    observe(return n);
    0
}
fn all_arms(n: u32) -> u32 {
    let x: u32 = match n { 0 => return 1, _ => return 2 };
    x
}
fn in_loop(n: u32) -> u32 {
    let mut i = 0;
    while i < n {
        i += 1;
        continue;
        observe(i);
    }
    loop {
        break;
        observe(i);
    }
    i
}
async fn blocks(n: u32) -> u32 {
    let b = async { return 1; 2 };
    yield_now().await;
    if n > 1 { return b.await; } else { return 0; }
    5
}
