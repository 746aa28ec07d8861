// invalid: `a @ ref mut b` with b used after a's copy: rustc binds b's `&mut x` first, then copies x
// into a: E0503 at a (bind31; accepted when b is not used later: tests/rust/at_ref_mut_below.rs)
fn f(mut x: u32) -> u32 {
    match x { a @ ref mut b => { *b = 3; a } } //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
}
