// invalid: a struct matched by a struct pattern inside an async block that captures it (valid Rust: edition
// 2021 captures the fields' places; not modelled)
struct Pair { a: u32, g: Guard }
async fn f(s: Pair) -> u32 {
    let b = async move {
        match s { //~ ERROR not supported
            Pair { a: 0, .. } => 1,
            Pair { a, .. } => a,
        }
    };
    b.await
}
