// invalid: `let (n | n) = x;`: rustc accepts it (the second alternative unreachable); the subset does not (bind29)
fn f(x: u8) -> u8 {
    let (n | n) = x; //~ ERROR not supported
    n
}
