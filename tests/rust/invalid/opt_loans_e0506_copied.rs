// invalid (optloan35): an Option<&u32> copied into another variable (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    let q = o;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match q { Some(r) => *r, None => 0 }
}
