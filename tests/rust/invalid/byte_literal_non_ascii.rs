// invalid: a byte literal holding a character outside ASCII
fn f(x: u8) -> u32 {
    match x {
        b'é' => 1, //~ ERROR non-ASCII character in byte literal
        _ => 2,
    }
}
