// invalid: `Some(x @ (1 | 2) | x @ 5)`: rustc accepts it; inside a field an or-pattern's alternative that is
// itself `x @ (p | q)` is refused (the walkers take an alternative's bindings from one level; bind33)
fn f(o: Option<u32>) -> u32 {
    match o { Some(x @ (1 | 2) | x @ 5) => x, _ => 0 } //~ ERROR not supported
}
