// invalid: assert! of a u32, not a bool
fn f(x: u32) {
    assert!(x); //~ ERROR [E0308] mismatched types
}
