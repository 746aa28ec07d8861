// invalid: the implicit discriminant after `B = 2` is 3, which `A` has already (E0081)
enum E { A = 3, B = 2, C } //~ ERROR discriminant value `3` assigned more than once
fn f() -> E { E::A }
