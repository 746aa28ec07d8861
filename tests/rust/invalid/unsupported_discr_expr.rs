// invalid: a discriminant other than an integer literal (valid Rust, not modelled)
enum E { A = 1 + 2, B } //~ ERROR not supported
fn f() -> E { E::A }
