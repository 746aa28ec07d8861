// invalid: Some(..) where a u32 is expected
fn f() -> u32 {
    let x: u32 = Some(1); //~ ERROR mismatched types
    x
}
