// invalid: a `for` loop over a range of bool (no Step): rustc's E0277 names `Range<bool>` for `..=` too (for40)
fn f(n: u32) -> u32 {
    let mut s = n;
    for _ in true..=false { //~ ERROR [E0277] `std::ops::Range<bool>` is not an iterator
        s += 1;
    }
    s
}
