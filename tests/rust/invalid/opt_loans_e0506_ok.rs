// invalid (optloan35): `Ok(&y)` in a Result<&u32, u8> (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o: Result<&u32, u8> = Ok(&y);
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Ok(r) => *r, Err(_) => 0 }
}
