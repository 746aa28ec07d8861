// invalid (optloan35): `&mut y` while `Some(&mut y)` is live (E0499)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&mut y);
    let p = &mut y; //~ ERROR [E0499] cannot borrow `y` as mutable more than once at a time
    *p = 1;
    match o { Some(r) => { *r = 5; 1 } None => 0 }
}
