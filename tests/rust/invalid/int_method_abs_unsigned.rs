// invalid: `abs` of an unsigned integer: core has it on signed types only, rustc's E0599 (meth40)
fn f(x: u32) -> u32 {
    x.abs() //~ ERROR [E0599] no method named `abs` found for type `u32` in the current scope
}
