// invalid (pat36): a non-exhaustive match on `&r`, the witness spelled through both references
fn f(r: &Option<u32>) -> u32 {
    match &r { //~ ERROR [E0004] non-exhaustive patterns: `&&None` not covered
        Some(x) => *x,
    }
}
