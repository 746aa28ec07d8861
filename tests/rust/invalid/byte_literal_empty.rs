// invalid: an empty byte literal
fn f(x: u8) -> u32 {
    match x {
        b'' => 1, //~ ERROR empty character literal
        _ => 2,
    }
}
