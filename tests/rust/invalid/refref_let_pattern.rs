// invalid (loan34): `let &x = rr;` reads through rr after the borrowed place is assigned
fn f(n: u32) -> u32 {
    let mut y = n;
    let r = &y;
    let rr = &r;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    let &x = rr;
    *x
}
