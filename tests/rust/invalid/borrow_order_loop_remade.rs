// invalid: the first iteration's error is `a[1] = 5` (E0506, the loan q may carry), the second
// iteration's `p = &mut b2` (E0499) comes first in the source: rustc sorts its errors by span
// and reports E0499
fn g(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    let mut p = &mut a[0];
    let mut i = 0u32;
    while i < n {
        i += 1;
        if i == 3 { q = p; *q += 1; return 1; }
        p = &mut b2; //~ ERROR [E0499] cannot borrow `b2` as mutable more than once at a time
        a[1] = 5;
        *q += 1;
    }
    *p += 1;
    b
}
