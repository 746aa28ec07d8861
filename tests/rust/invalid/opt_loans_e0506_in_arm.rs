// invalid (optloan35): the reference bound by `Some(r)` used after an assignment in the arm (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    match o { Some(r) => { y = 2; *r } None => 0 } //~ ERROR [E0506] cannot assign to `y` because it is borrowed
}
