// invalid: the loan of x flows into q (used after x's block) on a returning branch: x does not
// live long enough (E0597)
fn g(c: bool) -> u32 {
    let mut b = 0u32;
    let mut b2 = 0u32;
    let mut q = &mut b;
    {
        let mut x = 1u32;
        let mut p = &mut x; //~ ERROR [E0597] `x` does not live long enough
        if c { q = p; *q += 1; return 1; }
        p = &mut b2;
        *p += 1;
    }
    *q += 1;
    b
}
