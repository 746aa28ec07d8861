// invalid: Ord's `min` of an integer literal: rustc takes it for whatever integer type is inferred
// later; coroslim names the callee by the type when it is checked: refused (meth40)
fn f() -> u32 {
    5.min(3) //~ ERROR not supported
}
