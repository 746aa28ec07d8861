// invalid: p's loan flows into q on one branch; q is live on the other, where `a[1]` is written:
// rustc's region of the loan holds every point where q is live, wherever q took it (E0506)
fn g(c: bool) -> u32 {
    let mut a = [1u32, 2];
    let mut b = 0u32;
    let mut q = &mut b;
    let p = &mut a[0];
    if c { q = p; } else { a[1] = 5; } //~ ERROR [E0506] cannot assign to `a[_]` because it is borrowed
    *q += 1;
    b
}
