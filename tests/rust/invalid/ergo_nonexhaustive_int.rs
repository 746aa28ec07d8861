// invalid: integer patterns through a reference (E0004 with `&` before each range)
async fn f(n: u32) -> u32 {
    match &n { //~ ERROR [E0004] non-exhaustive patterns: `&0_u32` and `&6_u32..=u32::MAX` not covered
        1 => 1,
        2..=5 => 3,
    }
}
