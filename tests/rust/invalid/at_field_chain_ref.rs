// invalid: `Some(a @ ref b)` of a Copy value: rustc accepts it; the subset does not (a loan after `@`)
fn f(o: Option<u32>) -> u32 {
    match o { Some(a @ ref b) => a + *b, None => 0 } //~ ERROR not supported
}
