// invalid: a literal in a `let` struct pattern makes it refutable (E0005)
struct Pair { a: u32, b: u8 }
fn f(s: Pair) -> u8 {
    let Pair { a: 0, b } = s; //~ ERROR refutable pattern in local binding
    b
}
