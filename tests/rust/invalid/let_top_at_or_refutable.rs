// invalid: `let a @ (1 | 2) = x;` is refutable: rustc's E0005 at the pattern (bind31)
fn f(x: u32) -> u32 {
    let a @ (1 | 2) = x; //~ ERROR [E0005] refutable pattern in local binding
    a
}
