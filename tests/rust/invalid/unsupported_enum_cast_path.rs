// invalid: a cast of a variant path (THIR makes it the discriminant's named constant: not modelled)
enum E { A = 3, B }
fn f() -> u32 {
    E::B as u32 //~ ERROR not supported
}
