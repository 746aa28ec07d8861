// invalid: a struct pattern of another struct than the variant holds
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e {
        E::V(P(x, y)) => 1, //~ ERROR mismatched types
        _ => 2,
    }
}
