// invalid (loan34): a `&&u32` passed to a fn after the borrowed place is assigned
fn two(r: &&u32) -> u32 { **r + 1 }
fn f(n: u32) -> u32 {
    let mut y = n;
    let r = &y;
    let rr = &r;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    two(rr)
}
