// invalid: `if let`
fn f(x: u32) -> u32 {
    if let 3 = x { //~ ERROR not supported
        return 1;
    }
    0
}
