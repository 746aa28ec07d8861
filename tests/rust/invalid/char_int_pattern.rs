// invalid: an integer literal pattern on a char scrutinee (diag27)
fn f(c: char) -> u32 {
    match c {
        97 => 1, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
