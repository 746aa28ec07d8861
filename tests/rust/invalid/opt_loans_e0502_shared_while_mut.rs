// invalid (optloan35): `&y` while `Some(&mut y)` is live (E0502)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&mut y);
    let p = &y; //~ ERROR [E0502] cannot borrow `y` as immutable because it is also borrowed as mutable
    match o { Some(r) => { *r = 5; *p } None => 0 }
}
