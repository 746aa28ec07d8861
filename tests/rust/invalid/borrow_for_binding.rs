// invalid: a borrow of a `for` loop's binding kept past the iteration: the binding is fresh each iteration
// (its storage dies at the body's end), rustc's E0597 at the borrow (for40)
fn f(n: u32) -> u32 {
    let z = 0;
    let mut r = &z;
    for i in 0..n {
        r = &i; //~ ERROR [E0597] `i` does not live long enough
    }
    *r
}
