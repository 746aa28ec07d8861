// invalid (optloan35): a `ref` binding into an Option<&u32> (a reference to it keeps its loan) (E0506)
fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    match o { Some(ref r) => { y = 2; **r } None => 0 } //~ ERROR [E0506] cannot assign to `y` because it is borrowed
}
