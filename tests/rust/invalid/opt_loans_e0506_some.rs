// invalid (optloan35): `Some(&y)` keeps the loan of y while the Option is live (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(r) => *r, None => 0 }
}
