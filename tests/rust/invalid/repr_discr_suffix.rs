// invalid (repr40): a `#[repr(u8)]` enum's discriminant is a u8 (E0308)
#[repr(u8)]
enum E { A = 5u16, B } //~ ERROR [E0308] mismatched types
fn f() -> E { E::A }
