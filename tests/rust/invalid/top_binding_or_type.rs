// invalid: an or-pattern binding `n` to a field and to the whole scrutinee (E0308, at the later binding)
fn f(o: Option<u32>) -> u32 {
    match o { Some(n) | n => 0 } //~ ERROR [E0308] mismatched types
}
