// invalid: let with a type annotation that does not match the initializer
fn f() -> u32 {
    let x: u32 = true; //~ ERROR mismatched types
    x
}
