// covers: a range test, then a literal test, whose first candidate has another field's pair after the one
// tested (match30: the builder took that next pair as the test once the first was entailed, and matched
// `S { a: 52, .. }` without testing `a`); the test's kind and bounds are the first pair's, as rustc's
struct S { a: u16, b: u8 }
fn first_range(a: u16, b: u8) -> u32 {
    let s = S { a, b };
    match s {
        S { a: 39..=40, b: 0 } => 13,
        S { a: 52, b: _ } => 15,
        S { a: 60, b: 3 } => 16,
        _ => 1000,
    }
}
fn first_literal(a: u16, b: u8) -> u32 {
    let s = S { a, b };
    match s {
        S { a: 5, b: 0..=3 } => 1,
        S { a: 7..=9, b: _ } => 2,
        S { a: 6, b: _ } => 3,
        _ => 5,
    }
}
async fn foo() -> u32 {
    yield_now().await;
    first_range(1, 3) + first_literal(6, 0)
}
