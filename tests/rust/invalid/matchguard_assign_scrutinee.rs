// invalid: assigning the scrutinee in a guard of an arm without bindings (E0510, the fake borrows)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match o {
        Some(_) if { o = None; n > 1 } => 1, //~ ERROR [E0510] cannot assign `o` in match guard
        _ => 0,
    }
}
