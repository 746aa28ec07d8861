// invalid: a `for` loop's binding used as another type: rustc's E0308 (for40)
fn f(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..n {
        let b: bool = i; //~ ERROR [E0308] mismatched types
        if b {
            s += 1;
        }
    }
    s
}
