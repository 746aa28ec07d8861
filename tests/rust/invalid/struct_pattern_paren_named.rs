// invalid: a named struct written as a tuple struct pattern (E0532)
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e {
        E::V(Pair(x, y)) => 1, //~ ERROR expected tuple struct or tuple variant, found struct `Pair`
        _ => 2,
    }
}
