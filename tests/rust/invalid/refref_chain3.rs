// invalid (loan34): `&rr` of `rr = &r`: three levels
fn f(n: u32) -> u32 {
    let mut y = n;
    let r = &y;
    let rr = &r;
    let rrr = &rr;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    ***rrr
}
