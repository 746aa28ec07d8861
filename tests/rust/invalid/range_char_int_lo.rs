// invalid: `5..='a'` on a char: E0308 at the integer lower bound (it was accepted: 5 <= 'a')
async fn f(c: char) -> u32 {
    match Some(c) {
        Some(5..='a') => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
