// invalid: a binding is bound by reference in its guard: moving it there is E0507
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    match o {
        Some(g) if { let h = g; n > 1 } => 1, //~ ERROR [E0507] cannot move out of `g` in pattern guard
        _ => 0,
    }
}
