// invalid: an or-pattern as the subpattern of `@` (rustc accepts it; not in the subset)
fn f(o: Option<u32>) -> u32 {
    match o { Some(n @ (1 | 2)) => n, _ => 0 } //~ ERROR not supported
}
