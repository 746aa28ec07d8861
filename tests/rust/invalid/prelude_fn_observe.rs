// invalid: a program's `fn observe` beside the prelude's (E0428: one value namespace; it was accepted
// and called in place of the builtin)
fn observe(x: u32) -> u32 { //~ ERROR [E0428] the name `observe` is defined multiple times
    x + 1
}
async fn g() -> u32 {
    observe(3)
}
