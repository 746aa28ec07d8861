// invalid (optloan35): `&mut y` while `Some(&y)` is live (E0502)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    let p = &mut y; //~ ERROR [E0502] cannot borrow `y` as mutable because it is also borrowed as immutable
    *p = 2;
    match o { Some(r) => *r, None => 0 }
}
