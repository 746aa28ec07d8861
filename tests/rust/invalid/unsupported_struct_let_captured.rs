// invalid: a `let` struct pattern on a variable an async block captures (valid Rust: edition 2021
// captures the places the pattern binds; not modelled)
struct Pair { a: u32, g: Guard }
async fn f(s: Pair) -> u32 {
    let b = async move {
        let Pair { a, g } = s; //~ ERROR not supported
        a
    };
    b.await
}
