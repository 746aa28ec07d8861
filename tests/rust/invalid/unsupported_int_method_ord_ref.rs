// invalid: Ord's `min` through a reference: rustc takes `<&u32 as Ord>::min` (`r.min(&y)`, a reference
// result), which coroslim does not model: refused (meth40)
fn f(x: u32, y: u32) -> u32 {
    let r = &x;
    *r.min(&y) //~ ERROR not supported
}
