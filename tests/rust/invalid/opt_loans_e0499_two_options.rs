// invalid (optloan35): two Options each holding `&mut y` (E0499)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let mut z = 1u32;
    let o = Some(&mut y);
    let q = Some(&mut z);
    let w = Some(&mut y); //~ ERROR [E0499] cannot borrow `y` as mutable more than once at a time
    match o { Some(r) => *r, None => 0 }
}
