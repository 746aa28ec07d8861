// invalid: `ref mut a @ Some(ref b)` (check_match's conflict, bind29; accepted before)
fn f(mut o: Option<u32>) -> u32 {
    match o { ref mut a @ Some(ref b) => 0, None => 1 } //~ ERROR cannot borrow value as immutable because it is also borrowed as mutable
}
