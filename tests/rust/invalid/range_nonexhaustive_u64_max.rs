// invalid: `0..u64::MAX` leaves the maximum (rustc prints the witness `u64::MAX`)
fn f(x: u64) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `u64::MAX` not covered
        0..u64::MAX => 1,
    }
}
