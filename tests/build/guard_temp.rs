// covers: a Guard temporary dropped at the end of its statement, reassigning a Guard variable
fn temps(x: u32) -> u32 {
    guard(x);
    let mut g = guard(1);
    g = guard(2);
    observe(x);
    x
}
