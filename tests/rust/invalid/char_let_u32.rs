// invalid: a char literal where a u32 is expected (diag27)
fn f() -> u32 {
    let x: u32 = 'a'; //~ ERROR [E0308] mismatched types
    x
}
