// invalid: a field matched by a struct pattern inside an async block that captures its variable
// (valid Rust: edition 2021 captures the places the pattern reads, `o.p.0`; not modelled)
struct P(u32, u32);
struct O { p: P, n: u32 }
async fn f(o: O) -> u32 {
    let b = async move {
        match o.p { //~ ERROR not supported
            P(0, x) => x,
            _ => o.n,
        }
    };
    b.await
}
