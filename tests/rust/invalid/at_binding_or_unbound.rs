// invalid: `k @ p` in one alternative of an or-pattern only (E0408)
fn f(o: Option<u32>) -> u32 {
    match o { Some(k @ 1) | Some(2) => k, _ => 0 } //~ ERROR [E0408] variable `k` is not bound in all patterns
}
