// invalid (mref39): one name bound `ref` in the first alternative and by value in the next: rustc's
// resolve rejects it (E0409, at the later binding), then typeck (E0308); coroslim accepted it, typed as
// the first alternative's binding
fn f(o: Option<u32>) -> u32 {
    match o {
        ref x @ Some(1) | x @ Some(2) => 0, //~ ERROR [E0409] variable `x` is bound inconsistently across alternatives separated by `|`
        _ => 1,
    }
}
