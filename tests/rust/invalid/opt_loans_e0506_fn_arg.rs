// invalid (optloan35): an Option<&u32> passed to a fn after the assignment (E0506)
fn g(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    g(o)
}
