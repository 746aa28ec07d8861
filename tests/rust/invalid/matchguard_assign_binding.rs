// invalid: assigning a `mut` binding in its guard (E0594: immutable for the pattern guard)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match o {
        Some(mut x) if { x = 1; x > 1 } => x, //~ ERROR [E0594] cannot assign to `x`, as it is immutable for the pattern guard
        _ => 0,
    }
}
