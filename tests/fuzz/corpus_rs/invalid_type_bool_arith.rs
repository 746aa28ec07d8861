// invalid: arithmetic on bool
fn f() -> u32 {
    let b = true + 1; //~ ERROR cannot add
    1
}
