// invalid: byte-literal ranges on u8 leave the bytes above `b'a'` (rustc's witness `98_u8..=u8::MAX`)
fn f(x: u8) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `98_u8..=u8::MAX` not covered
        0..=b'Z' => 1,
        b'['..=b'a' => 2,
    }
}
