// invalid: indexing a value that is not an array (E0608)
fn f(x: u32) -> u32 {
    x[0] //~ ERROR cannot index into a value of type `u32`
}
