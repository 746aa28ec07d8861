// invalid: a struct pattern in `let` followed by something else than a type, `=` or `;`
struct P(u32, u32);
fn f(p: P) -> u32 {
    let P(a, b) a //~ ERROR expected one of `:`, `;`, `=`, or `|`, found `a`
}
