// invalid (items31): `Self::C` in an enum's impl, C no variant of it
enum E { A(u32), B }
impl E {
    fn c() -> Self { Self::C } //~ ERROR no variant or associated item named `C` found for enum `E` in the current scope
}
fn f(x: u32) -> u32 { match E::c() { E::A(v) => v + x, E::B => 0 } }
