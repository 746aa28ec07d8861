// invalid: an or-pattern in `if let` binding one name at two types (E0308)
enum E { A(u32), B(u8), N }
fn f(e: E) -> u32 {
    if let E::A(x) | E::B(x) = e { x } else { 0 } //~ ERROR mismatched types
}
