// invalid: `a @ ref b` of a value that is not Copy (check_match's conflict, bind29)
fn f(o: Option<Guard>) -> u32 {
    match o { a @ ref b => 0 } //~ ERROR borrow of moved value
}
