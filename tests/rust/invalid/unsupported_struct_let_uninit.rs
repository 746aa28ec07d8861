// invalid: a `let` struct pattern without an initializer (valid Rust: deferred initialization; not
// modelled)
struct P(u8, u32);
fn f() -> u32 {
    let P(k, m); //~ ERROR not supported
    k = 1;
    m = 2;
    m
}
