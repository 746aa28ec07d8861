// invalid: a literal in a struct field inside a variant pattern leaves the other values of that field
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e { //~ ERROR non-exhaustive patterns: `E::V(Pair { a: 1_u32..=u32::MAX, .. })` not covered
        E::V(Pair { a: 0, .. }) => 1, E::W(_) | E::N => 2,
    }
}
