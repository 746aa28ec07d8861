// invalid: `u32::from_le_bytes` of a 2-byte array: rustc's E0308 (meth40)
fn f(b: [u8; 2]) -> u32 {
    u32::from_le_bytes(b) //~ ERROR [E0308] mismatched types
}
