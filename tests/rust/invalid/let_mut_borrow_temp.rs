// invalid: `let mut x = &mk(0);`: rustc accepts it (the temporary extended to the block); the subset refuses
// a `mut` variable holding a borrowed temporary (temp33)
fn mk(n: u32) -> u32 { n + 1 }
fn f(n: u32) -> u32 {
    let mut x = &mk(0); //~ ERROR not supported
    let y = n;
    x = &y;
    *x
}
