// invalid (optloan35): an Option rebuilt from the extracted reference (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&mut y);
    let q = match o { Some(r) => Some(r), None => None };
    y = 4; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match q { Some(r) => *r, None => 0 }
}
