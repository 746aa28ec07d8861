// invalid: assigning an arm's `w @ Some(_)` binding in its guard (E0594)
fn f(x: Option<u32>) -> u32 {
    match x {
        w @ Some(_) if { w = None; true } => 1, //~ ERROR [E0594] cannot assign to `w`, as it is immutable for the pattern guard
        _ => 0,
    }
}
