// invalid (optloan35): an Option<&u32> assigned at the end of a loop body, used at the next iteration after the assignment to y (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let mut o: Option<&u32> = None;
    let mut i = 0;
    while i < n {
        y += 1; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
        if let Some(r) = o { i += *r; }
        o = Some(&y);
    }
    i
}
