// invalid (a form not supported): panic! with format arguments
fn f(x: u32) {
    panic!("bad {}", x); //~ ERROR format arguments in `panic!` are not supported
}
