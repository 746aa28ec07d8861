// invalid: `a @ ref b` of a Copy value: rustc accepts it; the subset does not (a loan after `@`, bind29)
fn f(o: Option<u32>) -> u32 {
    match o { a @ ref b => 0 } //~ ERROR not supported
}
