// invalid: in an async fn, E0080 comes while its type check ends (the coroutine's witness types are
// computed from its MIR), before a later fn's E0308
async fn f(x: u32, y: u32) -> u32 {
    if let 0..=y = x { 1 } else { 2 } //~ ERROR [E0080] runtime values cannot be referenced in patterns
}
fn g() -> u32 {
    true
}
