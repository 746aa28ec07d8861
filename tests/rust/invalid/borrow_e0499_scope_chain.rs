// invalid: a loan flowing p -> q -> r on a returning branch; q is borrowed again while r, live,
// keeps b's loan in scope (E0499)
fn g(c: bool, d: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut b3 = 0u32;
    let mut r = &mut b3;
    let mut q = &mut b;
    let mut p = &mut a[0];
    if c { q = p; if d { r = q; *r += 1; } return 1; }
    p = &mut b2;
    q = &mut b; //~ ERROR [E0499] cannot borrow `b` as mutable more than once at a time
    a[1] = 5;
    *r += 1;
    *q += 1;
    *p += 1;
    b
}
