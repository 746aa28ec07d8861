// invalid: a `let` struct pattern on a field of a variable an async block captures (valid Rust:
// edition 2021 captures the places the pattern binds, `o.p.0` and `o.p.1`; not modelled)
struct P(u32, u32);
struct O { p: P, n: u32 }
async fn f(o: O) -> u32 {
    let b = async {
        let P(x, y) = o.p; //~ ERROR not supported
        x + y
    };
    b.await
}
