// invalid: `ref a @ Some(ref mut b)` (check_match's conflict, bind29; accepted before)
fn f(mut o: Option<u32>) -> u32 {
    match o { ref a @ Some(ref mut b) => 0, None => 1 } //~ ERROR cannot borrow value as mutable because it is also borrowed as immutable
}
