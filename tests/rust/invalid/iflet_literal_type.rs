// invalid: an integer literal inside an `if let` pattern against a bool field
fn f(r: Result<bool, u8>) -> u32 {
    if let Ok(1) = r { 1 } else { 0 } //~ ERROR mismatched types
}
