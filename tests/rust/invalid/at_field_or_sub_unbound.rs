// invalid: `Some(w @ (Some(k) | None))`: k is not bound in the second alternative of the or-pattern under
// `@` inside a field (rustc E0408, at that alternative; bind32)
fn f(o: Option<Option<u32>>) -> u32 {
    match o { Some(w @ (Some(k) | None)) => k, None => 1 } //~ ERROR [E0408] variable `k` is not bound in all patterns
}
