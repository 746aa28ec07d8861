// invalid (pat36): `&&mut p` in a match arm (the two layers of a `let` only; rustc accepts it against a
// `&&mut T` scrutinee)
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &&mut o {
        &&mut Some(x) => x, //~ ERROR a reference pattern of a reference or `ref` pattern is not supported
        _ => 0,
    }
}
