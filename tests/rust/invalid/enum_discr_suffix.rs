// invalid: a discriminant is an isize (E0308)
enum E { A = 1u8, B } //~ ERROR mismatched types
fn f() -> E { E::A }
