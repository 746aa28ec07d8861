// invalid: a tuple struct pattern with too few fields (E0023)
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e {
        E::W(P(x)) => 1, //~ ERROR this pattern has 1 field, but the corresponding tuple struct has 2 fields
        _ => 2,
    }
}
