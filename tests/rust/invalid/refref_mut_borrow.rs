// invalid (loan34): `&mut y` while `&r` of `r = &y` is live
fn f(n: u32) -> u32 {
    let mut y = n;
    let r = &y;
    let rr = &r;
    let m = &mut y; //~ ERROR [E0502] cannot borrow `y` as mutable because it is also borrowed as immutable
    *m = 1;
    **rr
}
