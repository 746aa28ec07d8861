// invalid (optloan35): an Option assigned `Some(&k)` in a loop and returned: rustc reports the assignment to k in the loop first (E0506)
fn g(o: Option<&u32>, n: u32) -> Option<&u32> {
    let mut k = 0u32;
    let mut out = o;
    while k < n {
        k += 1; //~ ERROR [E0506] cannot assign to `k` because it is borrowed
        if k == 3 { out = Some(&k); }
    }
    out
}
