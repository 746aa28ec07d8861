// invalid (loan34): `&&y`: the inner borrow is live through the outer
fn f(n: u32) -> u32 {
    let mut y = n;
    let rr = &&y;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    **rr
}
