// invalid: a negative literal inside a variant pattern of an unsigned field
fn f(o: Option<u32>) -> u32 {
    match o {
        Some(-1) => 1, //~ ERROR the trait bound `u32: Neg` is not satisfied
        _ => 2,
    }
}
