// invalid (optloan35): `if c { Some(&mut y) } else { None }` (E0503)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = if n > 0 { Some(&mut y) } else { None };
    let k = y; //~ ERROR [E0503] cannot use `y` because it was mutably borrowed
    match o { Some(r) => *r + k, None => k }
}
