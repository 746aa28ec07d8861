// invalid: an or-pattern inside a variant pattern (valid Rust; the subset has or-patterns only at the
// top of an arm)
fn f(o: Option<u32>) -> u32 {
    match o { Some(1 | 2) => 1, _ => 0 } //~ ERROR not supported
}
