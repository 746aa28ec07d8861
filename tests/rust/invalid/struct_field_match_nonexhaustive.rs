// invalid: a struct pattern on a field that does not cover every value (E0004)
struct P(u32, bool);
struct O { p: P, n: u32 }
fn f(o: O) -> u32 {
    match o.p { //~ ERROR [E0004] non-exhaustive patterns: `P(_, false)` not covered
        P(a, true) => a,
    }
}
