// invalid: closures
fn f(x: u32) -> u32 {
    let add = |y: u32| y + 1; //~ ERROR not supported
    x
}
