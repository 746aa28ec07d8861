// invalid: an escape byte literals do not have
fn f(x: u8) -> u32 {
    match x {
        b'\q' => 1, //~ ERROR unknown byte escape: `q`
        _ => 2,
    }
}
