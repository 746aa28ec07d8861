// invalid: a binding at the top of one alternative of an or-pattern only (E0408, at the other)
fn f(x: u32) -> u32 {
    match x { 0 | n => n } //~ ERROR [E0408] variable `n` is not bound in all patterns
}
