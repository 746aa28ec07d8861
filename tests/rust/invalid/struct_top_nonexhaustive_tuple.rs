// invalid: two literal columns of a tuple struct pattern at the top: rustc's two witnesses
struct P(u8, u32);
fn f(t: P) -> u32 {
    match t { //~ ERROR non-exhaustive patterns: `P(1_u8..=u8::MAX, 0_u32..=4_u32)` and `P(1_u8..=u8::MAX, 6_u32..=u32::MAX)` not covered
        P(0, _) => 1,
        P(_, 5) => 2,
    }
}
