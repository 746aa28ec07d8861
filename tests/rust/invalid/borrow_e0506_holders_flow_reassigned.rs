// invalid: as borrow_e0506_holders_flow, but q no longer holds p's loan where it is used: the
// loan still flowed into q, so it is live wherever q is (rustc's NLL, not Polonius) (E0506)
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let p = &mut a[0];
    if c { q = p; *q += 1; q = &mut b2; } else { a[1] = 5; } //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q += 1;
    b + b2
}
