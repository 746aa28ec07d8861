// invalid: `a @ ref mut b`: rustc makes b's loan first, then a reads the place (E0503 at a when b is
// used later); the subset refuses a by-value binding above a `ref mut` one (bind30)
fn f(mut x: u32) -> u32 {
    match x { a @ ref mut b => { *b += 1; a } } //~ ERROR not supported
}
