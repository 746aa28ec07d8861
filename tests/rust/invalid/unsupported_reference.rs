// invalid: a borrow of a temporary outside a `let` initializer (only variables, fields and derefs are
// borrowed there; `let r = &(x + 1);` is admitted since temp33: the temporary extended to the block)
fn g(r: &u32) -> u32 { *r }
fn f(x: u32) -> u32 {
    g(&(x + 1)) //~ ERROR not supported
}
