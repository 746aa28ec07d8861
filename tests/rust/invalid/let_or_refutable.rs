// invalid: an or-pattern in `let` covering some variants (E0005 inside the parentheses)
enum V { A(u8), B, C(u8), D }
fn f(v: V) -> u8 {
    let (V::A(z) | V::C(z)) = v; //~ ERROR [E0005] refutable pattern in local binding: patterns `V::B` and `V::D` not covered
    z
}
