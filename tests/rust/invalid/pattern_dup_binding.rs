// invalid: a name bound twice in one variant pattern (rustc E0416, at the second binding)
enum E { A(u32, u32), B(u32) }
fn f(e: E) -> u32 {
    match e {
        E::A(x, x) => x, //~ ERROR [E0416] identifier `x` is bound more than once in the same pattern
        _ => 0,
    }
}
