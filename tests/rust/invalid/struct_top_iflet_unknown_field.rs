// invalid: an if-let struct pattern naming a field the struct has not (E0026)
struct Pair { a: u32, b: u8 }
fn f(s: Pair) -> u32 {
    if let Pair { c: 0, .. } = s { 1 } else { 0 } //~ ERROR struct `Pair` does not have a field named `c`
}
