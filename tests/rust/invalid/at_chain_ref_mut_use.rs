// invalid: `a @ ref mut b`: rustc makes b's loan first, then a reads the place (accepted here, as b is not
// used after; E0503 at a when it is); the subset refuses a by-value binding above a `ref mut` one (bind30)
fn f(mut x: u32) -> u32 {
    match x { a @ ref mut b => a } //~ ERROR not supported
}
