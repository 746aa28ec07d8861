// invalid (temp37): a non-exhaustive match on `&r` whose one arm is `&Some(x)`: the witness spelled through
// both references, as rustc's
fn f(r: &Option<u32>) -> u32 {
    match &r { //~ ERROR [E0004] non-exhaustive patterns: `&&None` not covered
        &Some(x) => *x,
    }
}
