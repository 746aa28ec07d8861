// invalid: explicit discriminants on an enum with a tuple variant need a repr (E0732)
enum E { A = 1, B(u32) } //~ ERROR must be specified for enums with explicit discriminants
fn f() -> E { E::A }
