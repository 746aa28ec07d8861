// invalid: a `let` struct pattern without `..` leaving a field out (E0027)
struct Pair { a: u32, b: u8 }
fn f(s: Pair) -> u32 {
    let Pair { a } = s; //~ ERROR pattern does not mention field `b`
    a
}
