// invalid: a discriminant past isize::MAX (the overflowing_literals lint denies it)
enum E { A = 9223372036854775808, B } //~ ERROR literal out of range for `isize`
fn f() -> E { E::A }
