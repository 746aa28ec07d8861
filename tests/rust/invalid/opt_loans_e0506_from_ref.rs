// invalid (optloan35): `Some(r)` of a reference variable r (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let r = &y;
    let o = Some(r);
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(r) => *r, None => 0 }
}
