// invalid: a literal in a field of a struct pattern at the top leaves the field's other values
struct Pair { a: u32, g: Guard }
fn f(s: Pair) -> u32 {
    match s { //~ ERROR non-exhaustive patterns: `Pair { a: 1_u32..=u32::MAX, .. }` not covered
        Pair { a: 0, .. } => 1,
    }
}
