// invalid: an or-pattern in `if let` binding a name in one alternative only (E0408)
enum E { A(u32), B(u32, u8), N }
fn f(e: E) -> u32 {
    if let E::A(x) | E::N = e { x } else { 0 } //~ ERROR variable `x` is not bound in all patterns
}
