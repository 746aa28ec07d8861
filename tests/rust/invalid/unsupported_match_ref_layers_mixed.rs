// invalid (pat36, mref39): default binding modes through `&&mut o` (rustc's `ref`, which the inner
// `match &mut o` would make `ref mut`); `&&mut p` arms are admitted (tests/rust/match_refs2.rs)
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &&mut o {
        Some(x) => *x, //~ ERROR default binding modes through `&&mut` are not supported
        _ => 0,
    }
}
