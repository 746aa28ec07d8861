// invalid (mref39): a Guard moved out through `&&mut o`: E0507 naming the written outer borrow's kind
fn f(mut o: Option<Guard>) -> u32 {
    match &&mut o { //~ ERROR [E0507] cannot move out of a shared reference
        &&mut Some(g) => 1,
        _ => 0,
    }
}
