// invalid: a struct pattern without `..` leaving a field out (E0027)
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e {
        E::V(Pair { a }) => 1, //~ ERROR pattern does not mention field `b`
        _ => 2,
    }
}
