// invalid: a name bound by one alternative of a `let`'s or-pattern only (E0408)
enum V { A(u8), B }
fn f(v: V) -> u8 {
    let (V::A(z) | V::B) = v; //~ ERROR [E0408] variable `z` is not bound in all patterns
    z
}
