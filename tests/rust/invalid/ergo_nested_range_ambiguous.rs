// invalid: `Some(&1..=4)`: rustc's parser asks for parentheses
async fn f(n: u32) -> u32 {
    let r = Some(&n);
    match r {
        Some(&1..=4) => 2, //~ ERROR the range pattern here has ambiguous interpretation
        _ => 1,
    }
}
