// invalid: byte-literal ranges inside `Some` leave `Some(b'z'..)` (rustc: `Some(122_u8..=u8::MAX)`)
async fn f(o: Option<u8>) -> u32 {
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(122_u8..=u8::MAX)` not covered
        Some(u8::MIN..b'z') => 1,
        None => 2,
    }
}
