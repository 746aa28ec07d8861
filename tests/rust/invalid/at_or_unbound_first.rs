// invalid: `if let w @ (None | Some(k))`: k not bound in the first alternative (E0408 at `None`, bind30)
fn f(o: Option<u32>) -> u32 {
    if let w @ (None | Some(k)) = o { 1 } else { 0 } //~ ERROR [E0408] variable `k` is not bound in all patterns
}
