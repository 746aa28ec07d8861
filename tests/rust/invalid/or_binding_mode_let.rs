// invalid (mref39): a `let`'s or-pattern, `ref mut` then `ref`: E0409
enum E { A(u32), B(u32) }
fn f(e: E) -> u32 {
    let (E::A(ref mut x) | E::B(ref x)) = e; //~ ERROR [E0409] variable `x` is bound inconsistently across alternatives separated by `|`
    0
}
