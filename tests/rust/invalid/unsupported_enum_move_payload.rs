// invalid: a Guard moved out of an enum by a pattern (partial moves of enums: not modelled yet)
enum E { A, B(Guard) }
fn f(e: E) -> u32 {
    match e {
        E::A => 0,
        E::B(g) => 1, //~ ERROR not supported
    }
}
