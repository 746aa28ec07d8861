// invalid (pat36, mref39): a binding at the top of an arm of `match &r` beside peeling arms is the `&&T`
// scrutinee itself; rustc accepts it, the subset admits it for an r not `mut` only (its loan is then
// modelled as one of `*r`: tests/rust/match_refs2.rs), so with `mut r` it is refused
fn f(mut r: &Option<u32>) -> u32 {
    let o = None;
    match &r {
        Some(x) => *x,
        v => 0, //~ ERROR a binding at the top of a pattern matched through `&r` is not supported
    };
    r = &o;
    match r { Some(x) => *x, None => 1 }
}
