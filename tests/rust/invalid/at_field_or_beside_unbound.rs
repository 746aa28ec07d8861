// invalid (pat36): `Some(x @ (1 | 2) | y @ 5)`: y is not bound in `x @ (1 | 2)` (rustc reports the earliest
// alternative missing a name): E0408 at that alternative
fn f(o: Option<u32>) -> u32 {
    match o { Some(x @ (1 | 2) | y @ 5) => 1, _ => 0 } //~ ERROR [E0408] variable `y` is not bound in all patterns
}
