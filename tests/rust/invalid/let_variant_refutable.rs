// invalid: a variant of an enum of several in `let` (E0005, rustc's witnesses)
enum V { A(u8), B, C(u8), D }
fn f(v: V) -> u8 {
    let V::A(z) = v; //~ ERROR [E0005] refutable pattern in local binding: patterns `V::B`, `V::C(_)` and `V::D` not covered
    z
}
