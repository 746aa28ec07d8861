// invalid: assigning the scrutinee in the guard of an arm with an or-pattern inside and no binding is E0510
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match o {
        Some(1 | 2) if { o = None; n > 1 } => 1, //~ ERROR [E0510] cannot assign `o` in match guard
        _ => 0,
    }
}
