// invalid: a const item of a struct type (const33 admits integers, bool and char)
struct Pair {
    a: u32,
    b: u32,
}
const P: Pair = Pair { a: 1, b: 2 }; //~ ERROR not supported
fn f() -> u32 {
    P.a + P.b
}
