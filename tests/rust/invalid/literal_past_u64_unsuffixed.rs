// invalid (hunt30): an unsuffixed literal past u64::MAX takes its type from inference (i32 here, the
// fallback) and is out of range for it
fn main() {
    let x = 0x1_0000_0000_0000_0000; //~ ERROR literal out of range for `i32`
    let _ = x;
}
