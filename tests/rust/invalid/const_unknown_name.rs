// invalid: a const initializer naming nothing (E0425)
const X: u32 = Y + 1; //~ ERROR cannot find value `Y` in this scope
fn f() -> u32 {
    X
}
