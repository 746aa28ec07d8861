// invalid (loan34): `&mut r` keeps the loan r holds live
fn f(n: u32) -> u32 {
    let mut y = n;
    let mut r = &mut y;
    let rr = &mut r;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    **rr += 1;
    0
}
