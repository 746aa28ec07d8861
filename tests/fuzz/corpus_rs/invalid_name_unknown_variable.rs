// invalid: use of an undeclared variable
fn f(x: u32) -> u32 {
    x + y //~ ERROR cannot find value `y`
}
