// invalid: `u32::abs(x)`, a path to a fn core does not have on u32: rustc's E0599 (meth40)
fn f(x: u32) -> u32 {
    u32::abs(x) //~ ERROR [E0599] no function or associated item named `abs` found for type `u32` in the current scope
}
