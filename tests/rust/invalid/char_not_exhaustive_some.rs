// invalid: char ranges inside Some: the surrogates are no value, so two witnesses (diag27)
fn f(c: Option<char>) -> u32 {
    match c { //~ ERROR [E0004] non-exhaustive patterns: `Some('{'..='\u{d7ff}')` and `Some('\u{e000}'..='\u{10ffff}')` not covered
        Some('\0'..='z') => 1,
        None => 2,
    }
}
