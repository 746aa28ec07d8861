// invalid: a character that starts no token
fn f() -> u32 {
    let x = 1 ` 2; //~ ERROR unknown start of token
    x
}
