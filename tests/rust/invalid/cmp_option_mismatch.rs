// invalid: Options of two payload types compared: rustc's E0308 at the right operand (cmp39)
fn f(x: u8, y: u32) -> bool {
    let a = Some(x);
    let b = Some(y);
    a == b //~ ERROR [E0308] mismatched types
}
