// invalid: a `for` loop's pattern other than a binding is valid Rust the subset refuses (for40)
fn f(n: u32) -> u32 {
    let mut s = 0;
    for ref x in 0..n { //~ ERROR not supported
        s += *x;
    }
    s
}
