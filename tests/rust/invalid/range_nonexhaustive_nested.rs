// invalid: ranges inside a variant's fields: the missing values under the present variant
enum E { A(u8, bool), B }
fn f(e: E) -> u32 {
    match e { //~ ERROR [E0004] non-exhaustive patterns: `E::A(128_u8..=u8::MAX, false)` not covered
        E::A(..128, _) => 1,
        E::A(128.., true) => 2,
        E::B => 3,
    }
}
