// invalid: bindings in an or-pattern
enum E { A(u32), B(u32) }
fn f(e: E) -> u32 {
    match e {
        E::A(x) | E::B(x) => x, //~ ERROR not supported
    }
}
