// invalid (loan34): borrowing r uses it: r's loan is live until `&r`
fn f(n: u32) -> u32 {
    let mut y = n;
    let r = &y;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    let rr = &r;
    0
}
