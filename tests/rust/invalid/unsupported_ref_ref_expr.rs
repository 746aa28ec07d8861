// invalid: a reference to a reference written as one `&&` (parsed since ergo30, refused by typeck)
fn f() -> u32 {
    let x = 1u32;
    let r = &&x; //~ ERROR references to references are not supported
    **r
}
