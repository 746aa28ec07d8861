// invalid: a fn returning u32 whose body ends with a statement
fn f(x: u32) -> u32 { //~ ERROR mismatched types
    x + 1;
}
