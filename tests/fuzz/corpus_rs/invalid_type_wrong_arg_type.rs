// invalid: passing a bool where a u32 is expected
fn g(x: u32) -> u32 { x }
fn f() -> u32 {
    g(true) //~ ERROR mismatched types
}
