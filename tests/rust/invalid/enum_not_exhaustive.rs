// invalid: a match on an enum missing a variant
enum E { A, B(u32, u8), C { x: u32 } }
fn f(e: E) -> u32 {
    match e { //~ ERROR non-exhaustive patterns: `E::B(_, _)` and `E::C { .. }` not covered
        E::A => 1,
    }
}
