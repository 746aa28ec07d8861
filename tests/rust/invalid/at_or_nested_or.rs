// invalid: `w @ (Some(1 | 2) | None)`: rustc accepts it; the subset does not (an or-pattern inside, bind29)
fn f(o: Option<u32>) -> u32 {
    match o { w @ (Some(1 | 2) | None) => 1, _ => 0 } //~ ERROR not supported
}
