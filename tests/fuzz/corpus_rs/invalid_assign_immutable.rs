// invalid: assignment to an immutable variable
fn f() -> u32 {
    let x = 1;
    x = 2; //~ ERROR cannot assign twice to immutable variable
    x
}
