// invalid: a binding of a `let` struct pattern without an initializer read before it is assigned (E0381)
struct P(u32, u32);
fn f(n: u32) -> u32 {
    let P(a, b);
    a = n;
    a + b //~ ERROR [E0381] used binding `b` isn't initialized
}
