// invalid: `Some(v @ Some(ref r))` of a value that is not Copy: v moves what r borrows (rustc's
// check_borrow_conflicts_in_at_patterns inside a field, bind30; no code)
enum G { A(Guard), B }
fn f(o: Option<Option<G>>) -> u32 {
    match o { Some(v @ Some(ref r)) => 0, _ => 1 } //~ ERROR borrow of moved value
}
