// invalid: as scope_return, a second `&mut` of the array while the loan is in scope (E0499)
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    p = &mut b2;
    let z = &mut a[1]; //~ ERROR [E0499] cannot borrow `a[_]` as mutable more than once at a time
    *z += 1;
    *q += 1;
    *p += 1;
    b
}
