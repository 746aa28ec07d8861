// invalid: assigning a binding of an or-pattern alternative in its guard is E0594
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match o {
        Some(mut k @ 1 | mut k @ 2) if { k = 3; n > 1 } => k, //~ ERROR [E0594] cannot assign to `k`, as it is immutable for the pattern guard
        _ => 0,
    }
}
