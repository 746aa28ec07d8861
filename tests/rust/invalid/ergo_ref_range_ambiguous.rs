// invalid: `&1..=4` at the top: rustc's parser asks for parentheses
async fn f(n: u32) -> u32 {
    match &n {
        &1..=4 => 2, //~ ERROR the range pattern here has ambiguous interpretation
        _ => 1,
    }
}
