// invalid: `if` condition is an integer
fn f(x: u32) -> u32 {
    if x { //~ ERROR mismatched types
        1
    } else {
        2
    }
}
