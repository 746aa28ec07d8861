// invalid (a form not supported): a std macro other than the subset's, named
fn f(x: u32) -> u32 {
    let v = line!(); //~ ERROR the macro `line!` is not supported
    v + x
}
