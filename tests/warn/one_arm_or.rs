// covers (warn33): a one-arm match's unreachable alternatives (rustc's check_match runs the usefulness
// on any match), and a nested `a @ p` alternative reported at p (a binding is no pattern to the
// usefulness: rustc_pattern_analysis lowers `a @ p` to p)
fn g(x: u32) -> u32 {
    match x { a @ b | a @ b => a + b }
}
fn h(x: u32) -> u32 {
    match x { a | a => a }
}
fn k(x: Option<u32>) -> u32 {
    match x { Some(a @ b | a @ b) => a + b, Some(c @ 1 | c @ 1) => c, None => 0 }
}
async fn m(x: Option<u32>) -> u32 {
    g(1) + h(2) + k(x)
}
