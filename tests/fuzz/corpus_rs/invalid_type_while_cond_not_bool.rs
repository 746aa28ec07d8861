// invalid: `while` condition is an integer
fn f(x: u32) {
    while x { //~ ERROR mismatched types
        observe(x);
    }
}
