// invalid: `5..='a'` on a u32: E0308 at the char upper bound
async fn f(n: u32) -> u32 {
    match n {
        5..='a' => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
