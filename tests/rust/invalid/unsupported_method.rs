// invalid: method calls `.foo()` of core's integers that coroslim does not model (meth40 models the
// table of ir/ir.h's INT_METHODS)
fn f(x: u32) -> u32 {
    x.leading_ones() //~ ERROR not supported
}
