// invalid: `w @ (Some(k) | None)`: k not bound in the second alternative (E0408 at `None`, bind30)
fn f(o: Option<u32>) -> u32 {
    match o { w @ (Some(k) | None) => 0 } //~ ERROR [E0408] variable `k` is not bound in all patterns
}
