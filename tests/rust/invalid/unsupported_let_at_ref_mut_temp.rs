// invalid: `let a @ ref mut m = mk(n);`: rustc binds m's `&mut` of the statement's temporary first, then copies
// it into a (E0503 at a when m is used later, not modelled): refused (temp37)
fn mk(n: u32) -> u32 { n + 1 }
fn f(n: u32) -> u32 {
    let a @ ref mut m = mk(n); //~ ERROR not supported
    *m += 1;
    a
}
