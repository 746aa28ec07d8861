// invalid: a range of char in a `for` loop is valid Rust the subset refuses (for40)
fn f(n: u32) -> u32 {
    let mut s = n;
    for _ in 'a'..='z' { //~ ERROR not supported
        s += 1;
    }
    s
}
