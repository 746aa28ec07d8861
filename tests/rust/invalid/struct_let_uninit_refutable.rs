// invalid: a refutable `let` struct pattern without an initializer (E0005)
struct P(u32, u32);
fn f(n: u32) -> u32 {
    let P(0, b); //~ ERROR [E0005] refutable pattern in local binding
    b = n;
    b
}
