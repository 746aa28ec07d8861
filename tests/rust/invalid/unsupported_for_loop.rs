// invalid: a `for` loop over a parenthesized range: ranges outside a `for` loop's head are not supported (for40)
fn f() {
    for i in (0..3) { //~ ERROR not supported
        observe(i);
    }
}
