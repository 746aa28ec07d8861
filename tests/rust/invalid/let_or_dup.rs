// invalid: an alternative of a `let`'s or-pattern binding a name twice (E0416)
enum E { A(u32, u32), B(u32) }
fn f(e: E) -> u32 {
    let (E::A(x, x) | E::B(x)) = e; //~ ERROR [E0416] identifier `x` is bound more than once in the same pattern
    x
}
