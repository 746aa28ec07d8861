// invalid: a token after a `let`'s struct pattern that cannot follow it (rustc's expected tokens)
struct P(u32, u32);
fn f(p: P) -> u32 {
    let P(a, b) p; //~ ERROR expected one of `:`, `;`, `=`, or `|`, found `p`
    a
}
