// invalid: as scope_return, a read of the array while the `&mut` loan is in scope (E0503)
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    p = &mut b2;
    let y = a[1]; //~ ERROR [E0503] cannot use `a[_]` because it was mutably borrowed
    *q += y;
    *p += 1;
    b
}
