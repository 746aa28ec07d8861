// invalid: a suffixed lower bound of the wrong type: E0308 at the lower bound (the pattern's start)
fn f(x: u8) -> u32 {
    match x {
        0u32..=
            5 => 1, //~^ ERROR [E0308] mismatched types
        _ => 0,
    }
}
