// invalid: a borrow of a temporary (only variables, fields and derefs are borrowed)
fn f(x: u32) -> u32 {
    let r = &(x + 1); //~ ERROR not supported
    x
}
