// invalid: `&mut` of the scrutinee in a guard of an arm without bindings (E0510)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match o {
        Some(_) if { let r = &mut o; n > 1 } => 1, //~ ERROR [E0510] cannot mutably borrow `o` in match guard
        _ => 0,
    }
}
