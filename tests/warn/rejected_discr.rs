// covers (warn33): a discriminant past isize::MAX is rustc's overflowing_literals, a deny-by-default late
// lint: reported after every check, with every warning (dead_code included)
enum E { A = 9223372036854775808, B }
fn f() -> E { let u = 1; E::A }
