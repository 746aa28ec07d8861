// invalid: `'a'..=5` on a char: the unsuffixed upper bound is an integer, E0308 at `5` (it was the
// range lint's "lower bound must be less than or equal to upper bound")
async fn f(c: char) -> u32 {
    match c {
        'a'..=5 => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
