// invalid: `x @ Some(x)`, a name bound at the top and in the subpattern (E0416)
fn f(o: Option<u32>) -> u32 {
    match o { x @ Some(x) => x, _ => 0 } //~ ERROR [E0416] identifier `x` is bound more than once in the same pattern
}
