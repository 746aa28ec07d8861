// invalid (pat36, mref39): a binding at the top of an arm of `match &r` beside peeling arms is the `&&T`
// scrutinee itself; rustc accepts it, the subset admits it for an r not `mut` only (its loan is then
// modelled as one of `*r`: tests/rust/match_refs2.rs), so with `mut r` it is refused
fn f(n: u32) -> u32 {
    let a = Some(n);
    let o = None;
    let mut r = &a;
    let k = match &r {
        Some(x) => *x,
        v => 0, //~ ERROR a binding at the top of a pattern matched through `&r` is not supported
    };
    r = &o;
    k + match r { Some(x) => *x, None => 1 }
}
