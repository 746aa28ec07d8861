// covers: if/else as a value, if without else, else-if chains, && and || in conditions
fn branch(a: u32, b: bool) -> u32 {
    let mut r = if a > 10 { 1 } else { 2 };
    if b {
        r += 1;
    }
    if a == 0 || b && a < 5 {
        r = 7;
    } else if a == 1 {
        r = 8;
    } else {
        r = 9;
    }
    r
}
