// invalid: `..=` with neither bound: rustc's parser stops at the token after it
fn f(x: u8) -> u32 {
    match x {
        ..= => 1, //~ ERROR unexpected token: `=>`
        _ => 2,
    }
}
