// invalid (optloan35): `Some(&mut y)` keeps the mutable loan while the Option is live (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&mut y);
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(r) => *r, None => 0 }
}
