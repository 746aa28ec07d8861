// invalid: an integer type has no associated item of that name (E0599)
fn f(x: u8) -> u32 {
    match x {
        0..=u8::FOO => 1, //~ ERROR [E0599] no associated item named `FOO` found for type `u8` in the current scope
        _ => 2,
    }
}
