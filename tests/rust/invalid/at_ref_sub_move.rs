// invalid: `ref r @ Some(v)`: v moves a field out of what r borrows (check_match's conflict, bind29)
fn f(o: Option<Guard>) -> u32 {
    if let ref r @ Some(v) = o { 0 } else { 1 } //~ ERROR cannot move out of value because it is borrowed
}
