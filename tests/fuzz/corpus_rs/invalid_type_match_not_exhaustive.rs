// invalid: match on an integer without `_` arm
fn f(x: u8) -> u32 {
    match x { //~ ERROR non-exhaustive patterns
        0 => 1,
        1 => 2,
    }
}
