// invalid: a binding of a `let` struct pattern without an initializer assigned twice (E0384)
struct P(u32, u32);
fn f(n: u32) -> u32 {
    let P(a, b);
    a = n;
    b = 1;
    a = 2; //~ ERROR [E0384] cannot assign twice to immutable variable `a`
    a + b
}
