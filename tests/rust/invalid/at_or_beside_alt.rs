// invalid: `x @ (1 | 2) | x @ 5`: rustc accepts it (the first alternative's subcandidates merged into one
// leaf beside the second's); the subset does not (bind32)
fn f(o: u32) -> u32 {
    match o { x @ (1 | 2) | x @ 5 => x, _ => 0 } //~ ERROR not supported
}
