// invalid (hunt30): a literal past u64::MAX but within u128 is rustc's literal lint, out of range for its
// type (it was the lexer's "integer literal is too large", rustc's words only past u128::MAX)
fn main() {
    let x = 18446744073709551616u64; //~ ERROR literal out of range for `u64`
    let _ = x;
}
