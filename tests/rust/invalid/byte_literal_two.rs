// invalid: two characters in a byte literal
fn f(x: u8) -> u32 {
    match x {
        b'ab' => 1, //~ ERROR character literal may only contain one codepoint
        _ => 2,
    }
}
