// invalid: a matches! guard that is not a bool
fn f(x: u32) -> bool {
    matches!(x, 1 | 2 if x) //~ ERROR [E0308] mismatched types
}
