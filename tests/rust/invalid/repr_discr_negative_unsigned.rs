// invalid (repr40): a `#[repr(u8)]` enum's discriminant is a u8: no `-` (E0600)
#[repr(u8)]
enum E { A = -1, B } //~ ERROR [E0600] cannot apply unary operator `-` to type `u8`
fn f() -> E { E::A }
