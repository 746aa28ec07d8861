// invalid: `let Some(x);` without an initializer is refutable too (E0005, witness `None`)
fn f() -> u32 {
    let Some(x); //~ ERROR [E0005] refutable pattern in local binding: pattern `None` not covered
    x = 1;
    x
}
