// invalid: `x @ (1 | 2) | y @ 5`: y is not bound in the group, x not in `y @ 5` (rustc E0408, first at the
// group's binding; bind33)
fn f(o: u32) -> u32 {
    match o { x @ (1 | 2) | y @ 5 => x, _ => 0 } //~ ERROR [E0408] variable `y` is not bound in all patterns
}
