// invalid: the second alternative binds a name the first does not: reported at the first
enum E { A(u32), B(u32, u8), C }
fn f(e: E) -> u32 {
    match e {
        E::A(x) | E::B(x, y) => 1, //~ ERROR variable `y` is not bound in all patterns
        E::C => 0,
    }
}
