// invalid (optloan35): `Some(Some(&y))` (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(Some(&y));
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(Some(r)) => *r, _ => 0 }
}
