// invalid: `v @ Some(ref r)`: v moves what r borrows (check_match's conflict, bind29; accepted before)
fn f(o: Option<Guard>) -> u32 {
    match o { v @ Some(ref r) => 0, None => 1 } //~ ERROR borrow of moved value
}
