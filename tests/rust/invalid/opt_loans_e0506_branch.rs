// invalid (optloan35): an Option<&u32> assigned `Some(&y)` on one branch (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let mut o = None;
    if n > 1 { o = Some(&y); }
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(r) => *r, None => 0 }
}
