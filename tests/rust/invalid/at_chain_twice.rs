// invalid: `a @ a`, one name bound twice by a chain of `@` (E0416, bind29)
fn f(x: u32) -> u32 {
    match x { a @ a => a } //~ ERROR [E0416] identifier `a` is bound more than once in the same pattern
}
