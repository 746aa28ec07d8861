// invalid: as scope_return, the loan flowing into q in a match arm that returns (E0506)
fn g(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    match n {
        0 => { q = p; *q += 1; return 1; }
        _ => {}
    }
    p = &mut b2;
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q += 1;
    *p += 1;
    b
}
