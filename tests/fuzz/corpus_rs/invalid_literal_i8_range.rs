// invalid: literal out of range for i8 in an argument position
fn g(x: i8) {}
fn f() {
    g(128); //~ ERROR literal out of range for `i8`
}
