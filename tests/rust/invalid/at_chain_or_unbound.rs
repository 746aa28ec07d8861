// invalid: `a @ b | a`: b not bound in the second alternative (E0408, bind29)
fn f(x: u32) -> u32 {
    match x { a @ b | a => a + b } //~ ERROR [E0408] variable `b` is not bound in all patterns
}
