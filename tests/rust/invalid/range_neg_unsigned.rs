// invalid: a negative range bound of an unsigned type
fn f(x: u32) -> u32 {
    match x {
        -1..=3 => 1, //~ ERROR [E0277] the trait bound `u32: Neg` is not satisfied
        _ => 2,
    }
}
