// invalid: as borrow_order_loop_remade.rs with the loan flowing into q on a returning branch
// and `a[1] = 5` after the new borrow: E0499 at the borrow first, as rustc (sorted by span)
fn g(n: u32) -> u32 {
    let mut a = [1u32, 2];
    let mut x = 0u32;
    let mut q = &mut x;
    let mut p = &mut a[0];
    let mut y = 0u32;
    let mut i = 0u32;
    while i < n {
        i += 1;
        if i == 7 { q = p; *q += 1; return 1; }
        p = &mut y; //~ ERROR [E0499] cannot borrow `y` as mutable more than once at a time
        a[1] = 5;
        *q += 1;
    }
    *p += 1;
    x
}
