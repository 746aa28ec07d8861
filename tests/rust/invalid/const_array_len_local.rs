// invalid: a repeat count naming a local (E0435)
fn f(n: usize) -> u8 {
    let a = [0u8; n]; //~ ERROR attempt to use a non-constant value in a constant
    a[0]
}
