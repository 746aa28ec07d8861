// invalid: a `for` loop over an array is valid Rust the subset refuses (for40: ranges only)
fn f(n: u32) -> u32 {
    let mut s = 0;
    let a = [n, 2];
    for x in a { //~ ERROR not supported
        s += x;
    }
    s
}
