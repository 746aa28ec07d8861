// invalid: a bool does not cast to char (char28)
fn f(b: bool) -> char {
    b as char //~ ERROR [E0604] only `u8` can be cast as `char`, not `bool`
}
