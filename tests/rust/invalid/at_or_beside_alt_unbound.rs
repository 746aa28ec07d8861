// invalid: `x @ (Some(k) | None) | x @ Some(_)`: k is not bound in `None`, inside the group beside another
// alternative (rustc E0408 at that alternative first: the inner or-pattern is checked before the outer; bind33)
fn f(o: Option<u32>) -> u32 {
    match o { x @ (Some(k) | None) | x @ Some(_) => 1, _ => 0 } //~ ERROR [E0408] variable `k` is not bound in all patterns
}
