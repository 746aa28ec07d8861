// invalid: a later alternative of an or-pattern inside a struct pattern binds a name the first does not
// (rustc E0408, at the first alternative)
struct S { a: Option<u32>, b: bool }
fn f(s: S) -> u32 {
    match s {
        S { a: None | Some(y), .. } => 1, //~ ERROR [E0408] variable `y` is not bound in all patterns
    }
}
