// invalid (optloan35): `&mut o` of an Option<&mut u32> still used later (E0503)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let mut o = Some(&mut y);
    if let Some(r) = &mut o { **r += 1; }
    let k = y; //~ ERROR [E0503] cannot use `y` because it was mutably borrowed
    if let Some(r) = o { *r += 1; }
    k
}
