// covers (warn31): resolve errors rustc checks on past (E0416 bound twice, E0408 not bound in every
// alternative): the fn is type checked and borrow checked, its warnings printed; a guard's store to its
// arm's binding (E0594) is no mutation (unused_mut), and `x @ y` reports y.
enum E { A(u32, u32), B(u32), C }
fn f(e: E) -> u32 {
    match e {
        E::A(x, x) => x,
        _ => 0,
    }
}
fn g(e: E) -> u32 {
    match e {
        E::A(x, _) | E::B(_) => 1,
        E::C => { let mut n = 2; n }
    }
}
fn h(o: Option<u32>) -> u32 {
    match o {
        Some(mut x) if { x = 1; x > 1 } => x,
        Some(a @ b) => 2,
        _ => 0,
    }
}
