// invalid: a rest pattern `..` as a match arm's pattern
fn f(x: u8) -> u32 {
    match x {
        0 => 1,
        .. => 2, //~ ERROR `..` patterns are not allowed here
    }
}
