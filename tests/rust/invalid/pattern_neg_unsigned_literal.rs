// invalid: `-5_u8` as a literal pattern: u8 has no Neg (E0277; it was E0600's words)
fn f(x: u8) -> u32 {
    match x {
        -5_u8 => 1, //~ ERROR [E0277] the trait bound `u8: Neg` is not satisfied
        _ => 0,
    }
}
