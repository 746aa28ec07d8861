// invalid: a range's end bound that is a lone `-`
fn f(x: i8) -> u32 {
    match x {
        0..=- => 1, //~ ERROR unexpected token: `=>`
        _ => 2,
    }
}
