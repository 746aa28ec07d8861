// invalid: method calls `.foo()`
fn f(x: u32) -> u32 {
    x.count_ones() //~ ERROR not supported
}
