// invalid (mref39): an or-pattern inside a pattern, `ref` after by value: E0409 at the later binding
fn f(o: Option<Option<u32>>) -> u32 {
    match o {
        Some(Some(x) | Some(ref x)) => 0, //~ ERROR [E0409] variable `x` is bound inconsistently across alternatives separated by `|`
        _ => 1,
    }
}
