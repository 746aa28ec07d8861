// invalid: a char literal pattern on an integer scrutinee (diag27)
fn f(x: u8) -> u32 {
    match x {
        'a' => 1, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
