// invalid (mref39): the third alternative differs (`ref x`): rustc's E0409 is at its binding, once per name
// (the second name, `y`, by `ref mut`, reported after x's, in source order)
enum E { A(u32, u32), B(u32, u32), C(u32, u32) }
fn f(mut e: E) -> u32 {
    match e {
        E::A(x, y) | E::B(x, y) | E::C(ref x, ref mut y) => 0, //~ ERROR [E0409] variable `x` is bound inconsistently across alternatives separated by `|`
    }
}
