// invalid: a binding of a `let` struct pattern is not in scope in its own initializer
struct P(u8, u32);
fn f() -> u32 {
    let P(x, y) = P(1, y); //~ ERROR cannot find value `y` in this scope
    y
}
