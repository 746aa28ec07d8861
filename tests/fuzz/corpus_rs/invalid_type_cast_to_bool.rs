// invalid: `as` cast from an integer to bool
fn f(x: u32) -> bool {
    x as bool //~ ERROR cannot cast `u32` as `bool`
}
