// invalid: a literal at the top of `while let` out of its type's range (deny-by-default overflowing_literals)
fn f(n: u32) -> u32 {
    let x = n as u8;
    while let 300 = x { //~ ERROR literal out of range for `u8`
        return 1;
    }
    0
}
