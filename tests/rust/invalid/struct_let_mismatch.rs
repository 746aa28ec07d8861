// invalid: a `let` struct pattern of another struct than the initializer's
struct Pair { a: u32, b: u8 }
struct P(u8, u32);
fn f(s: Pair) -> u32 {
    let P(x, y) = s; //~ ERROR mismatched types
    y
}
