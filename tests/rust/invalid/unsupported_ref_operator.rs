// invalid: operators on references (rustc's impls for &T are not modelled)
fn f(r: &u32) -> u32 {
    r + 1 //~ ERROR operators on references are not supported
}
