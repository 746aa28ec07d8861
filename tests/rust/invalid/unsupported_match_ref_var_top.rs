// invalid (pat36): a binding at the top of an arm of `match &r` (r a `&T`) is the `&&T` scrutinee itself;
// rustc accepts it, the subset refuses it (`&&y` arms are admitted: tests/rust/match_ref_var.rs)
fn f(r: &Option<u32>) -> u32 {
    match &r {
        Some(x) => *x,
        v => 0, //~ ERROR a binding at the top of a pattern matched through `&r` is not supported
    }
}
