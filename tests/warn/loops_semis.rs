// covers: while_true (rustc_lint builtin.rs WhileTrue: `while true` and `while (true)`, after the
// condition's unused_parens at the same node) and redundant_semicolons (RedundantSemicolons::check_block:
// one warning per run of empty statements, "semicolon" or "semicolons", at the run's first `;`; the
// `;` after a block-like statement belongs to it; an item in a block ends a run), in rustc's walk order:
// a block's runs before the lints of its statements, an outer block's before an inner one's
fn spin(x: u32) -> u32 {
    ;
    let mut n = x;;
    fn inner() -> u32 { 1 };
    struct Unit {};;
    let _u = Unit {};
    { inner() };
    while true {
        n = n + 1;
        if n > 10 { break; };;;
    }
    while (true) { break; }
    while !false { n += 1; if n > 20 { break; } }
    ;
    n + inner()
}
async fn step(x: u32) -> u32 {
    let mut k = x;
    while true {
        k += 1;;
        if k > 3 { break; }
    }
    k
}
async fn drive(x: u32) -> u32 {
    let a = step(x).await + spin(x);;
    let b = async { ; a + 1 }.await;
    b
}
