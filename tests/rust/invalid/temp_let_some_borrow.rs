// invalid: `let o = Some(&mk(n));`: rustc extends the temporary (a variant constructor's operand is an
// extending position), which the subset does not model: refused (tempref36)
fn mk(n: u32) -> u32 { n + 1 }
fn f(n: u32) -> u32 {
    let o = Some(&mk(n)); //~ ERROR not supported
    if let Some(r) = o { *r } else { 0 }
}
