// invalid (repr40): 256 is no u8 (the overflowing_literals lint denies it)
#[repr(u8)]
enum E { A = 256, B } //~ ERROR literal out of range for `u8`
fn f() -> E { E::A }
