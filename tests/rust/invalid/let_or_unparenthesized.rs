// invalid: a top-level or-pattern in `let` without parentheses (rustc's parser)
enum E { A(u32), B(u32) }
fn f(e: E) -> u32 {
    let E::A(x) | E::B(x) = e; //~ ERROR `let` bindings require top-level or-patterns in parentheses
    x
}
