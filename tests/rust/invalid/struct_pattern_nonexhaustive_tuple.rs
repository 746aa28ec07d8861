// invalid: a literal in a tuple struct's field inside a variant pattern
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e { //~ ERROR non-exhaustive patterns: `E::W(P(1_u8..=u8::MAX, _))` not covered
        E::W(P(0, _)) => 1, E::V(_) | E::N => 2,
    }
}
