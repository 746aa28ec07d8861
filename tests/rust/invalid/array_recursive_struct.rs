// invalid: a struct holding itself through an array (E0072)
struct S { a: [S; 2] } //~ ERROR recursive type `S` has infinite size
fn f() -> u32 { 1 }
