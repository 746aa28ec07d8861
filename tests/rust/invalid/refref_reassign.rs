// invalid (loan34): `rr = &r` reassigned: the loans of the new r are live through rr
fn f(n: u32) -> u32 {
    let mut y = n;
    let z = n;
    let r1 = &z;
    let r = &y;
    let mut rr = &r1;
    let a = **rr;
    rr = &r;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    a + **rr
}
