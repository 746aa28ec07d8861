// invalid: the alternatives of an or-pattern bind one name at two types (rustc E0308 at the later one)
enum E { A(u32), C(u8), N }
fn f(e: E) -> u32 {
    match e {
        E::A(x) | E::C(x) => 1, //~ ERROR mismatched types
        E::N => 0,
    }
}
