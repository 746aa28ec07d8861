// invalid: a name bound twice inside one alternative of an or-pattern inside a variant pattern (rustc E0416,
// at the second binding)
enum E { A(u32, u32), B(u32) }
fn f(o: Option<E>) -> u32 {
    match o {
        Some(E::A(x, x) | E::B(x)) => x, //~ ERROR [E0416] identifier `x` is bound more than once in the same pattern
        _ => 0,
    }
}
