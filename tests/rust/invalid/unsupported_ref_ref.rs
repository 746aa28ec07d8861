// invalid: references to references
fn f(x: u32) -> u32 {
    let r = &x;
    let rr = &r; //~ ERROR references to references are not supported
    x
}
