// invalid (loan34): `&r` keeps the loan r holds live: assigning the borrowed `y` while `rr` is used
fn f(n: u32) -> u32 {
    let mut y = n;
    let r = &mut y;
    let rr = &r;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    **rr
}
