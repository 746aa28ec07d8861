// invalid: dereferencing a value that is not a reference (E0614)
fn f(x: u32) -> u32 {
    *x //~ ERROR type `u32` cannot be dereferenced
}
