// invalid: moving a Guard out from behind a reference (E0507)
fn f(r: &Guard) -> Guard {
    *r //~ ERROR cannot move out of `*r` which is behind a shared reference
}
