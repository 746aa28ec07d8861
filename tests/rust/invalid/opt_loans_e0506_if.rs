// invalid (optloan35): `if c { Some(&y) } else { None }` (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = if n > 0 { Some(&y) } else { None };
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(r) => *r, None => 0 }
}
