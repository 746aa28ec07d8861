// invalid: a struct pattern matched against a field place (valid Rust; the borrow checker models a struct
// pattern's moves on a variable only)
struct P(u8, u32);
struct Outer { p: P, n: u32 }
fn f(o: Outer) -> u32 {
    match o.p { //~ ERROR not supported
        P(0, x) => x,
        _ => o.n,
    }
}
