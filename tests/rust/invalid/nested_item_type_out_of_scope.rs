// invalid: an enum of another fn's body named in a signature (E0412, items30)
fn outer(x: u32) -> u32 {
    enum E {
        A(u32),
    }
    match E::A(x) {
        E::A(k) => k,
    }
}
fn other(e: E) -> u32 { //~ ERROR cannot find type `E` in this scope
    0
}
