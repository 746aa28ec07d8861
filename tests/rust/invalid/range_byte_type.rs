// invalid: a byte literal (a u8) as a pattern on a u32 (E0308)
fn f(x: u32) -> u32 {
    match x {
        b'a' => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
