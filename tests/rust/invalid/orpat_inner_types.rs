// invalid: the alternatives of an or-pattern inside a variant pattern bind `x` at different types
// (rustc E0308 at the later binding)
enum E { A(u32), B(u8) }
fn f(o: Option<E>) -> u32 {
    match o {
        Some(E::A(x) | E::B(x)) => 1, //~ ERROR [E0308] mismatched types
        None => 0,
    }
}
