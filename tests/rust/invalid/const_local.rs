// invalid: a const of a body reading a local (E0435)
fn f(a: u32) -> u32 {
    const X: u32 = a; //~ ERROR attempt to use a non-constant value in a constant
    X
}
