// invalid: as scope_return, the loan flowing into q inside a loop whose branch breaks out, then
// returns (E0506)
fn g(c: bool, n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    let mut i = 0u32;
    while i < n {
        if c { q = p; *q += 1; break; }
        i += 1;
    }
    if i < n { return 0; }
    p = &mut b2;
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q += 1;
    *p += 1;
    b
}
