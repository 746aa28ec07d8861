// covers: match on an integer with `|` patterns, a wildcard, negative literals, arms with blocks
fn classify(x: i32) -> u32 {
    match x {
        0 => 10,
        1 | 2 | 3 => 20,
        -1 => {
            observe(1);
            30
        }
        _ => 40,
    }
}
