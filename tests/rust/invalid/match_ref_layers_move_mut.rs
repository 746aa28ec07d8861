// invalid (mref39): a Guard moved out through `&mut &o`: E0507 "a mutable reference" (the outer borrow)
fn f(o: Option<Guard>) -> u32 {
    match &mut &o { //~ ERROR [E0507] cannot move out of a mutable reference
        &mut &Some(g) => 1,
        _ => 0,
    }
}
