// invalid: `Some(ref mut a @ Some(ref mut b))`: two mutable borrows of one field (bind30; no code)
fn f(mut o: Option<Option<u32>>) -> u32 {
    match o { Some(ref mut a @ Some(ref mut b)) => 0, _ => 1 } //~ ERROR cannot borrow value as mutable more than once at a time
}
