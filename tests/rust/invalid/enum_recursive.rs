// invalid: an enum holding itself through its payload (E0072)
enum L { Cons(u32, L), Nil } //~ ERROR recursive type `L` has infinite size
fn f() -> u32 { 1 }
