// invalid: a `for` loop over a range without an end is valid Rust the subset refuses (for40)
fn f(n: u32) -> u32 {
    let mut s = 0;
    for i in n.. { //~ ERROR not supported
        s += i;
        if s > 10 {
            break;
        }
    }
    s
}
