// invalid: a struct pattern naming a field the struct does not have (E0026)
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
enum E { V(Pair), W(P), N }
fn f(e: E) -> u32 {
    match e {
        E::V(Pair { x, .. }) => 1, //~ ERROR struct `Pair` does not have a field named `x`
        _ => 2,
    }
}
