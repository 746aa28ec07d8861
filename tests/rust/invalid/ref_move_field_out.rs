// invalid: moving a Guard field out from behind a mutable reference (E0507)
struct S { g: Guard }
fn f(p: &mut S) -> Guard {
    p.g //~ ERROR cannot move out of `p.g` which is behind a mutable reference
}
