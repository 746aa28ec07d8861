// covers: an else-if chain whose rest diverges (every arm returns) as the else of a link of type
// u32: lowered through NeverToAny (into's `!` coercion), not in lower_if's loop. Such an `if` has
// the expected type, as rustc 1.95's CoerceMany gives it, and each returning arm its own NeverToAny
// temporary (tests/rustc/compare_mir.py: equal in four configs; tests/rust/diverge_typed.rs has
// more of these)
//@ args: all_return 0
//@ args: all_return 1
//@ args: all_return 2
//@ args: all_return 7
async fn all_return(n: u32) -> u32 {
    yield_now().await;
    let _g = guard(n);
    let v = if n == 0 {
        5
    } else if n == 1 {
        return 1;
    } else if n == 2 {
        let _h = guard(2);
        return 2;
    } else {
        return 3;
    };
    v
}
