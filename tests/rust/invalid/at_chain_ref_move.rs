// invalid: `ref a @ b` of a value that is not Copy (check_match's conflict, bind29)
fn f(o: Option<Guard>) -> u32 {
    match o { ref a @ b => 0 } //~ ERROR cannot move out of value because it is borrowed
}
