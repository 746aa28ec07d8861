// invalid: `is_power_of_two` of a signed integer: core has it on unsigned types only, rustc's E0599 (meth40)
fn f(x: i32) -> bool {
    x.is_power_of_two() //~ ERROR [E0599] no method named `is_power_of_two` found for type `i32` in the current scope
}
