// invalid (repr40): the variant after a `#[repr(i8)]` enum's 127 has no value (E0370)
#[repr(i8)]
enum E { A = 127, B } //~ ERROR [E0370] enum discriminant overflowed
fn f() -> E { E::A }
