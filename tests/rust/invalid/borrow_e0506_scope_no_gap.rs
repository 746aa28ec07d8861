// invalid: the twin of tests/build/borrow_scope.rs `gap`: q is used, not assigned, after the
// branch, so the loan stays in scope (E0506)
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut x = 0u32;
    let mut y = 0u32;
    let mut q = &mut x;
    let p = &mut a[0];
    if c { q = p; *q += 1; return 1; }
    *q += 1;
    a[1] = 5; //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q += 1;
    x + y
}
