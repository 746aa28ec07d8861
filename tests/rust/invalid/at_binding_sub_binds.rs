// invalid: bindings inside the subpattern of `@` (rustc accepts them for Copy values; not in the subset)
fn f(o: Option<Option<u32>>) -> u32 {
    match o { Some(x @ Some(y)) => y, _ => 0 } //~ ERROR not supported
}
