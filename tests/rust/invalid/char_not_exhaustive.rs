// invalid: char's values are two ranges (0..=0xD7FF, 0xE000..=0x10FFFF): the witnesses as rustc prints them
fn f(c: char) -> u32 {
    match c { //~ ERROR [E0004] non-exhaustive patterns: `'\0'..='`'`, `'{'..='\u{d7ff}'` and `'\u{e000}'..='\u{10ffff}'` not covered
        'a'..='z' => 1,
    }
}
