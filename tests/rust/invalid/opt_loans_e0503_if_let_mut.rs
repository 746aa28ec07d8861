// invalid (optloan35): a read of y while `Some(&mut y)` is live (used later by an if-let) (E0503)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&mut y);
    let k = y; //~ ERROR [E0503] cannot use `y` because it was mutably borrowed
    if let Some(r) = o { *r = 3; }
    k
}
