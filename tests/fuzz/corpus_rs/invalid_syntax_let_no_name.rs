// invalid: `let` without a pattern
fn f() -> u32 {
    let = 5; //~ ERROR expected pattern
    1
}
