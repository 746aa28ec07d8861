// invalid: a `self` parameter outside an impl block
fn f(&self) -> u32 { //~ ERROR `self` parameter is only allowed in associated functions
    1
}
