// covers: else-if chains (issue 23: parsed, checked and lowered in a loop, not a recursion per link):
// a dispatch chain with awaits in its arms, Guards dropped in arms and conditions' temporaries,
// `&&` / `||` conditions, `if let` links inside a chain of plain `if`s, a chain without a final
// else (unit), links whose arms return, an `if` inside an else block (not a link). Equal to rustc
// 1.95's MIR in the four configs (tests/rustc/compare_mir.py); a chain whose every arm diverges is
// tests/rust/else_if_diverging.rs
fn is_big(g: Guard, n: u32) -> bool { observe(n); n > 100 }
fn half(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}
//@ args: dispatch 0
//@ args: dispatch 3
//@ args: dispatch 6
//@ args: dispatch 7
async fn dispatch(cmd: u32) -> u32 {
    let g = guard(cmd);
    let r = if cmd == 0 {
        yield_now().await;
        10
    } else if cmd == 1 || cmd == 2 {
        let _h = guard(cmd + 100);
        yield_now().await;
        20
    } else if cmd > 2 && cmd < 5 {
        30
    } else if is_big(guard(cmd), cmd) {
        40
    } else if let Some(h) = half(cmd) {
        yield_now().await;
        h
    } else if cmd == 7 {
        observe(7);
        70
    } else {
        yield_now().await;
        99
    };
    let _moved = g;
    r
}
//@ args: no_else 1
//@ args: no_else 2
//@ args: no_else 9
async fn no_else(n: u32) -> u32 {
    let mut acc = 0u32;
    if n == 1 {
        acc += 1;
    } else if n == 2 {
        yield_now().await;
        acc += 2;
    } else if n == 3 {
        acc += 3;
    }
    yield_now().await;
    acc
}
//@ args: some_return 1
//@ args: some_return 2
//@ args: some_return 5
async fn some_return(n: u32) -> u32 {
    yield_now().await;
    let _g = guard(n);
    let v = if n == 1 {
        return 1;
    } else if n == 2 {
        let _h = guard(2);
        return 2;
    } else if n == 3 {
        yield_now().await;
        return 3;
    } else {
        n + 1
    };
    v
}
//@ args: nested_else 4
//@ args: nested_else 8
async fn nested_else(n: u32) -> u32 {
    let v = if n < 2 {
        1
    } else {
        if n < 6 { yield_now().await; 2 } else if n < 7 { 3 } else { 4 }
    };
    v
}
