// invalid: a runtime bound inside a variant pattern, in an if-let
fn f(x: Option<u32>, y: u32) -> u32 {
    if let Some(1..=y) = x { 1 } else { 2 } //~ ERROR [E0080] runtime values cannot be referenced in patterns
}
