// invalid (optloan35): `match &o` (match ergonomics) with the assignment in the arm (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    match &o { Some(r) => { y = 2; **r } None => 0 } //~ ERROR [E0506] cannot assign to `y` because it is borrowed
}
