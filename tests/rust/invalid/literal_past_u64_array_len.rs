// invalid (hunt30): an array length past u64::MAX is out of range for `usize` (before the subset's own limit)
fn main() {
    let a = [0u8; 18446744073709551616]; //~ ERROR literal out of range for `usize`
    let _ = a;
}
