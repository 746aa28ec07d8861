// invalid: a binding of an or-pattern alternative is bound by reference in its guard: moving it there is E0507
enum G { X(Guard), Y(Guard), Z }
async fn f(n: u32) -> u32 {
    let o = Some(if n > 1 { G::X(guard(n)) } else { G::Y(guard(n)) });
    match o {
        Some(G::X(g) | G::Y(g)) if { let h = g; n > 1 } => 1, //~ ERROR [E0507] cannot move out of `g` in pattern guard
        _ => 0,
    }
}
