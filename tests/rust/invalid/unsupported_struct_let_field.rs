// invalid: a `let` struct pattern on a field place (valid Rust; the borrow checker models a struct
// pattern's moves on a variable only)
struct P(u8, u32);
struct Outer { p: P, n: u32 }
fn f(o: Outer) -> u32 {
    let P(k, m) = o.p; //~ ERROR not supported
    m + o.n
}
