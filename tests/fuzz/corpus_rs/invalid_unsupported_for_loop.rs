// invalid: `for` loops and ranges
fn f() {
    for i in 0..3 { //~ ERROR not supported
        observe(i);
    }
}
