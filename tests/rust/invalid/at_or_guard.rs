// invalid: `n @ (1 | 2) if ..`: rustc accepts it; the subset does not (a guard after `x @ (p | q)`, bind29)
fn f(x: u32) -> u32 {
    match x { n @ (1 | 2) if n > 1 => n, _ => 0 } //~ ERROR not supported
}
