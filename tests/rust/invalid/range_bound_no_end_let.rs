// invalid: an inclusive range pattern with no end bound in `if let` (E0586)
fn f(x: u8) -> u32 {
    if let 0..= = x { 1 } else { 2 } //~ ERROR [E0586] inclusive range with no end
}
