// invalid: unbalanced braces: one closing brace too many
fn f() -> u32 {
    2
}
} //~ ERROR unexpected closing delimiter
