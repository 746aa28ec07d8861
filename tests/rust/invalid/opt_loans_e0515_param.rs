// invalid (optloan35): `return Some(&n)` of a by-value parameter (E0515)
fn g(o: Option<&u32>, n: u32) -> Option<&u32> {
    if n > 2 { return Some(&n); } //~ ERROR [E0515] cannot return value referencing function parameter `n`
    o
}
