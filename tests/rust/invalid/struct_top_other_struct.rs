// invalid: a pattern of another struct than the scrutinee's
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
fn f(s: Pair) -> u32 {
    match s {
        P(x, _) => x as u32, //~ ERROR mismatched types
        _ => 0,
    }
}
