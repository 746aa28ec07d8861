// invalid: `Some(n @ (Some(n) | None))`: n bound again inside the subpattern of its own `@` (rustc E0416, at
// the second binding; bind32)
fn f(o: Option<Option<u32>>) -> u32 {
    match o { Some(n @ (Some(n) | None)) => 0, None => 1 } //~ ERROR [E0416] identifier `n` is bound more than once in the same pattern
}
