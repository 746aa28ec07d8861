// invalid: floating-point literals and types
fn f() -> u32 {
    let v = 1.5; //~ ERROR not supported
    1
}
