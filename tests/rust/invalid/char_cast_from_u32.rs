// invalid: only u8 casts to char (diag27)
fn f(x: u32) -> char {
    x as char //~ ERROR [E0604] only `u8` can be cast as `char`, not `u32`
}
