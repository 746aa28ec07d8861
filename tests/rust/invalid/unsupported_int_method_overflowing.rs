// invalid: `overflowing_add` returns a tuple, which the subset does not have: refused (meth40)
fn f(x: u32) -> u32 {
    x.overflowing_add(1).0 //~ ERROR not supported
}
