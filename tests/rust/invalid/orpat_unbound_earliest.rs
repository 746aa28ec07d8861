// invalid: `Some(x) | Some(y)`: each name is missing from one alternative; rustc reports the one whose
// alternative comes first (`y`, at `Some(x)`), E0408 (bind30)
fn f(o: Option<u32>) -> u32 {
    match o { Some(x) | Some(y) => 0, None => 1 } //~ ERROR [E0408] variable `y` is not bound in all patterns
}
