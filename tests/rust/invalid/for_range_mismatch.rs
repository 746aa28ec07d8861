// invalid: a range's ends of two types: rustc's E0308 at the end (for40)
fn f(n: u32) -> u32 {
    let mut s = 0;
    for _ in 0u8..n { //~ ERROR [E0308] mismatched types
        s += 1;
    }
    s
}
