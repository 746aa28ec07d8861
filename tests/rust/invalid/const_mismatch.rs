// invalid: a const initializer of the wrong type (E0308)
const X: u32 = true; //~ ERROR mismatched types
fn f() -> u32 {
    X
}
