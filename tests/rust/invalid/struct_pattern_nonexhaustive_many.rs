// invalid: two literal fields of a struct pattern: rustc's witnesses name both fields
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e { //~ ERROR non-exhaustive patterns: `E::V(Pair { a: 0_u32, b: 0_u8..=2_u8 })`, `E::V(Pair { a: 0_u32, b: 4_u8..=u8::MAX })`, `E::V(Pair { a: 2_u32..=u32::MAX, b: 0_u8..=2_u8 })` and 1 more not covered
        E::V(Pair { a: 1, b: 2 }) => 1, E::V(Pair { a: _, b: 3 }) => 1, E::W(_) | E::N => 2,
    }
}
