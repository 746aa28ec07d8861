// invalid: `&mut` of the scrutinee in a guard whose arm binds a field of it (E0502)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match o {
        Some(x) if { let r = &mut o; x > 1 } => x, //~ ERROR [E0502] cannot borrow `o` as mutable because it is also borrowed as immutable
        _ => 0,
    }
}
