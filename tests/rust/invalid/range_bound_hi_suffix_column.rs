// invalid: a range whose suffix is its upper bound's, on a u8: E0308 at the upper bound (rustc checks
// the lower one first; it was reported at the pattern's start, on the line before)
fn f(x: u8) -> u32 {
    match x {
        0..=
            5u32 => 1, //~ ERROR [E0308] mismatched types
        _ => 0,
    }
}
