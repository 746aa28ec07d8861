// invalid (mref39): `mut x` then `x` in one arm's alternatives: E0409 (the mutability is part of the
// binding mode; no E0308, the types agree)
fn f(o: Option<u32>) -> u32 {
    match o {
        Some(mut x @ 1) | Some(x @ 2) => x, //~ ERROR [E0409] variable `x` is bound inconsistently across alternatives separated by `|`
        _ => 1,
    }
}
