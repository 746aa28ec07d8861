// invalid: the subpattern of `k @ p` of another type than the field (E0308)
fn f(o: Option<u32>) -> u32 {
    match o { Some(k @ true) => k, _ => 0 } //~ ERROR [E0308] mismatched types
}
