// invalid: as scope_return with shared borrows: the write conflicts with the shared loan q may
// carry (E0506)
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let b = 0u32;
    let b2 = 0u32;
    let mut q = &b;
    let mut p = &a[0];
    if c { q = p; return *q; }
    p = &b2;
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q + *p
}
