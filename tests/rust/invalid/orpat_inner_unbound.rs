// invalid: a name bound by one alternative of an or-pattern inside a variant pattern and not by the
// other (rustc E0408, at the alternative missing it)
enum E { A(u32), B(u32, u8), C }
fn f(o: Option<E>) -> u32 {
    match o {
        Some(E::A(x) | E::B(_, _)) => 1, //~ ERROR [E0408] variable `x` is not bound in all patterns
        _ => 0,
    }
}
