// invalid: unterminated string literal (the marker is inside the runaway literal)
fn f() -> u32 {
    let s = "abc;
    //~^ ERROR unterminated double quote string
    1
}
