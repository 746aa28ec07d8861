// invalid: assignment to an immutable parameter
fn f(x: u32) -> u32 {
    x = 5; //~ ERROR cannot assign to immutable argument
    x
}
