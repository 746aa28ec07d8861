// invalid: a name bound by one alternative of an or-pattern and not by the other (rustc E0408, at the
// alternative missing it)
enum E { A(u32), B(u32, u8), C }
fn f(e: E) -> u32 {
    match e {
        E::A(x) | E::B(_, _) => 1, //~ ERROR variable `x` is not bound in all patterns
        E::C => 0,
    }
}
