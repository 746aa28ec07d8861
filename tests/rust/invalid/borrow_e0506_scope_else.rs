// invalid: as scope_return, p assigned again in the else branch (E0506)
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; *q += 1; return 1; } else { p = &mut b2; }
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q += 1;
    *p += 1;
    b
}
