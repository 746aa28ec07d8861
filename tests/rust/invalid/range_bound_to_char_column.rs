// invalid: `..=5` on a char: E0308 at its only bound (it was reported at the `..=`)
async fn f(c: char) -> u32 {
    match c {
        'a' => 0,
        ..=5 => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
