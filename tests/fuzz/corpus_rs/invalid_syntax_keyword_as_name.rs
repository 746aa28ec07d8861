// invalid: a keyword used as a variable name
fn f() -> u32 {
    let loop = 3; //~ ERROR found keyword `loop`
    1
}
