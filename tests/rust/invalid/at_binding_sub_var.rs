// invalid: `x @ y`, both binding the field (rustc accepts it for a Copy value; not in the subset)
fn f(o: Option<u32>) -> u32 {
    match o { Some(x @ y) => x + y, _ => 0 } //~ ERROR not supported
}
