// invalid (hunt30): a pattern's literal past u64::MAX, out of range for the scrutinee's type
fn main() {
    let x: u64 = 3;
    match x {
        0..=18446744073709551616 => {} //~ ERROR literal out of range for `u64`
        _ => {}
    }
}
