// invalid: a guarded `true` arm leaves `true` uncovered (E0004)
async fn f(n: u32) -> u32 {
    match n > 2 { //~ ERROR [E0004] non-exhaustive patterns: `true` not covered
        true if n > 3 => 1,
        false => 2,
    }
}
