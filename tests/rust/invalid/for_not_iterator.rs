// invalid: a `for` loop over an integer: rustc's E0277 at the head (for40)
fn f(n: u32) -> u32 {
    let mut s = 0;
    for x in 5u32 { //~ ERROR [E0277] `u32` is not an iterator
        s += x;
    }
    s + n
}
