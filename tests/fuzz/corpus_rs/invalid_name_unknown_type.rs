// invalid: an unknown type name
fn f() -> u32 {
    let x: u31 = 1; //~ ERROR cannot find type `u31`
    1
}
