// invalid (hunt30): the negation of a literal past u64::MAX, out of range for i64 at the `-`
fn main() {
    let x = -18446744073709551616i64; //~ ERROR literal out of range for `i64`
    let _ = x;
}
