// invalid: `is_ok` called on a reference to an Option: Option has no such method, rustc's E0599 (cmp39)
fn f(o: &Option<u8>) -> bool {
    o.is_ok() //~ ERROR [E0599] no method named `is_ok` found for reference `&Option<u8>` in the current scope
}
