// invalid: alternatives of a `let`'s or-pattern binding `x` at different types (E0308)
enum E { A(u32), B(u8) }
fn f(e: E) -> u32 {
    let (E::A(x) | E::B(x)) = e; //~ ERROR [E0308] mismatched types
    x
}
