// invalid: `Some(a @ b | a @ c)`: rustc's E0408 for `c`, at the first alternative (bind30)
fn f(o: Option<u32>) -> u32 {
    match o { Some(a @ b | a @ c) => 0, None => 1 } //~ ERROR [E0408] variable `c` is not bound in all patterns
}
