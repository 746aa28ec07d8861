// invalid: a guarded literal splits the integers but does not cover its value (E0004: rustc reports
// only the ranges no arm names, 3 is not among them)
async fn f(n: u32) -> u32 {
    match n { //~ ERROR [E0004] non-exhaustive patterns: `0_u32..=2_u32` and `5_u32..=u32::MAX` not covered
        3 if n > 3 => 1,
        4 => 2,
        _ if n > 5 => 3,
    }
}
