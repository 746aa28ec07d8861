// invalid (optloan35): a reference to an Option<&u32> (loan34's rule) (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    let p = &o;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match p { Some(r) => **r, None => 0 }
}
