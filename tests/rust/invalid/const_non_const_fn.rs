// invalid: a const initializer calling a fn (E0015)
fn g() -> u32 {
    1
}
const X: u32 = g(); //~ ERROR cannot call non-const function `g` in constants
fn f() -> u32 {
    X
}
