// invalid: E0080 before the same fn's non-exhaustive match (THIR is built before check_match)
fn f(x: u32, y: u32) -> u32 {
    let a = match x { 0 => 1 };
    match x {
        0..=y => a, //~ ERROR [E0080] runtime values cannot be referenced in patterns
        _ => 2,
    }
}
