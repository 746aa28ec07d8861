// invalid (optloan35): a sync fn returning Option<&u32> from its argument (elided lifetime) (E0506)
fn g(o: Option<&u32>) -> Option<&u32> { o }
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = g(Some(&y));
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(r) => *r, None => 0 }
}
