// invalid (pat36): a variant pattern of a two-variant enum as a parameter pattern: rustc's E0005 at the
// pattern
enum E { A(u32), B }
fn f(E::A(x): E) -> u32 { //~ ERROR [E0005] refutable pattern in function argument
    x
}
